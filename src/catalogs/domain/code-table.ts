import type { CatalogEntry } from './catalog-entry';
import type { CatalogName } from './catalog-names';
import { foldForSearch, matchesAllWords } from './search-text';

interface IndexedEntry {
  entry: CatalogEntry;
  /** The code and its published spelling, folded and without spaces. */
  codes: readonly string[];
  foldedName: string;
  haystack: string;
}

/**
 * One DIAN code table: exact lookups by code (and by the published spelling of a corrected code),
 * the full list in published order, and an accent- and case-insensitive search.
 */
export class CodeTable {
  private readonly byCode = new Map<string, CatalogEntry>();
  private readonly indexed: readonly IndexedEntry[];
  private readonly announcedByCode: ReadonlyMap<string, CatalogEntry>;

  constructor(
    readonly name: CatalogName,
    private readonly entries: readonly CatalogEntry[],
    /** Codes the table announces as "disponible próximamente": known, but not usable yet. */
    announced: readonly CatalogEntry[] = [],
  ) {
    for (const entry of entries) {
      this.byCode.set(entry.code, entry);
      if (entry.publishedCode !== undefined) this.byCode.set(entry.publishedCode, entry);
    }
    this.indexed = entries.map((entry) => {
      const spellings = [entry.code, ...(entry.publishedCode ? [entry.publishedCode] : [])];
      const codes = spellings.map((code) => foldForSearch(code).replace(/ /g, ''));
      const foldedName = foldForSearch(entry.name);
      return { entry, codes, foldedName, haystack: `${codes.join(' ')} ${foldedName}` };
    });
    this.announcedByCode = new Map(announced.map((entry) => [entry.code, entry]));
  }

  /** Whether `code` is a usable code of this table (exact, case-sensitive, as Factus compares). */
  has(code: string): boolean {
    return this.byCode.has(code);
  }

  get(code: string): CatalogEntry | undefined {
    return this.byCode.get(code);
  }

  list(): readonly CatalogEntry[] {
    return this.entries;
  }

  /**
   * Entries whose code or name has a word starting with each word of `text`, ignoring accents,
   * case and punctuation ("bogota" finds 11001 Bogotá, D.C.; "G K" finds GK). An exact code comes first, then names that
   * equal or start with the text, then the rest in published order. Empty text lists everything.
   */
  search(text: string): CatalogEntry[] {
    const query = foldForSearch(text);
    if (query === '') return [...this.entries];
    const compactQuery = query.replace(/ /g, '');
    const rank = (item: IndexedEntry): number => {
      if (item.codes.includes(compactQuery)) return 0;
      if (item.foldedName === query) return 1;
      if (item.foldedName.startsWith(query)) return 2;
      return 3;
    };
    return this.indexed
      .filter((item) => item.codes.includes(compactQuery) || matchesAllWords(item.haystack, query))
      .map((item, order) => ({ item, order, rank: rank(item) }))
      .sort((a, b) => a.rank - b.rank || a.order - b.order)
      .map(({ item }) => item.entry);
  }

  /** The entry of a code the table lists as not available yet (struck through), if it is one. */
  announcedOnly(code: string): CatalogEntry | undefined {
    return this.announcedByCode.get(code);
  }
}
