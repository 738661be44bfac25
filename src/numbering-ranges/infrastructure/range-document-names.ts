import { foldForSearch } from '../../catalogs/domain/search-text';

/** A range document type of the published table: `21` "Factura de Venta", ... */
export interface RangeDocumentEntry {
  code: string;
  name: string;
}

/** Resolves a range document given as a code (`21`) or as a name (`Factura de Venta`). */
export type RangeDocumentLookup = (codeOrName: string) => RangeDocumentEntry | undefined;

/**
 * Words that tell no document type from another: "Factura Electrónica de Venta", "Factura de
 * venta" and "FACTURA DE VENTA ELECTRONICA" all name type 21; "Nota de ajuste al documento
 * soporte" names 25.
 */
const FILLER_WORDS = new Set([
  'de',
  'del',
  'la',
  'el',
  'al',
  'a',
  'y',
  'o',
  'e',
  'en',
  'electronica',
  'electronico',
]);

function keyWords(text: string): string {
  const words = foldForSearch(text)
    .split(' ')
    .filter((word) => word !== '' && !FILLER_WORDS.has(word));
  return [...new Set(words)].sort().join(' ');
}

/**
 * The list endpoint names a range's document (obtener-rangos.md: `document` "Nombre del
 * documento") where the show names it by code. A name is matched only when it is certain: the
 * same words as one published name once case, accents, punctuation, word order and filler words
 * ("de", "electrónica") are set aside. Anything else resolves to nothing, and the caller treats
 * the range's type as unknown rather than guessing.
 */
export function rangeDocumentLookup(entries: readonly RangeDocumentEntry[]): RangeDocumentLookup {
  const byCode = new Map(entries.map((entry) => [entry.code, entry]));
  const byWords = new Map<string, RangeDocumentEntry | null>();
  for (const entry of entries) {
    const key = keyWords(entry.name);
    // Two types with the same key words could not be told apart: neither is matched by name.
    byWords.set(key, byWords.has(key) ? null : entry);
  }
  return (codeOrName) => {
    const text = codeOrName.trim();
    const byCodeEntry = byCode.get(text);
    if (byCodeEntry) return byCodeEntry;
    const key = keyWords(text);
    return key === '' ? undefined : (byWords.get(key) ?? undefined);
  };
}

/** A range document code (`21`), as opposed to a name. */
export function isRangeDocumentCode(text: string): boolean {
  return /^\d{1,3}$/.test(text.trim());
}
