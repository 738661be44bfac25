import type { CatalogEntry } from './catalog-entry';
import type { CatalogName } from './catalog-names';
import type { PublishedRow } from './published-tables';

/**
 * The published DIAN tables (as Factus prints them in its v2 docs) have flaws of their own. The data
 * files stay exactly as published, so that a refresh from the docs is a plain copy; this file turns
 * published rows into usable entries and records every flaw it met, so that a test can name each
 * one and a new flaw in a refreshed table is noticed.
 */
export type DataFlawKind =
  /** Struck-through row marked "(disponible próximamente)": listed, but not usable yet. */
  | 'announced-not-available'
  /** Whitespace inside or around a code (`G K`). */
  | 'whitespace-in-code'
  /** Lower-case letters in a code of an upper-case standard (`Gu`, `Pi`). */
  | 'lowercase-code'
  /** A code machine-translated along with the names (`SÍ`, `1ª`). */
  | 'mistranslated-code'
  /** A code that is not the standard's (`VES7`). */
  | 'code-typo'
  /** The same code on a second row; the second row is dropped. */
  | 'duplicate-code'
  /** A footnote asterisk left in a name (`No aplica *`). */
  | 'footnote-asterisk-in-name'
  /** Mojibake: UTF-8 text decoded as Latin-1 (`Ã ¥ ngström`). */
  | 'garbled-name'
  /** A name that belongs to another code. */
  | 'wrong-name';

export interface DataFlaw {
  catalog: CatalogName;
  /** The code as published. */
  publishedCode: string;
  kind: DataFlawKind;
  /** What is wrong and what the code does about it. */
  handling: string;
}

export interface CleanedTable {
  /** Usable entries, in published order. */
  entries: CatalogEntry[];
  /** Rows announced as not available yet, with their markup removed. */
  announced: CatalogEntry[];
  flaws: DataFlaw[];
}

/** Codes of international standards that are upper case (ISO 3166, ISO 4217, UN/ECE rec. 20). */
const UPPER_CASE_CATALOGS: ReadonlySet<CatalogName> = new Set([
  'countries',
  'currencies',
  'unit-measures',
]);

interface CodeCorrection {
  code: string;
  kind: 'mistranslated-code' | 'code-typo';
  why: string;
}

/**
 * DIAN published UN/ECE Recommendation 20 machine-translated into Spanish, and the translator
 * rewrote some codes too. These are the ones that no longer look like codes at all; the canonical
 * entry carries the UN/ECE code and still answers to the published spelling.
 */
const CODE_CORRECTIONS: Partial<Record<CatalogName, Readonly<Record<string, CodeCorrection>>>> = {
  'unit-measures': {
    '1ª': { code: '1A', kind: 'mistranslated-code', why: 'UN/ECE 1A (car mile)' },
    '2ª': { code: '2A', kind: 'mistranslated-code', why: 'UN/ECE 2A (radian per second)' },
    '4ª': { code: '4A', kind: 'mistranslated-code', why: 'UN/ECE 4A (bobbin)' },
    '4º': { code: '4O', kind: 'mistranslated-code', why: 'UN/ECE 4O (microfarad)' },
    '5ª': { code: '5A', kind: 'mistranslated-code', why: 'UN/ECE 5A (barrel per minute)' },
    SÍ: { code: 'AY', kind: 'mistranslated-code', why: 'UN/ECE AY (assembly); "AY" became "sí"' },
    ÉL: {
      code: 'HE',
      kind: 'mistranslated-code',
      why: 'UN/ECE HE (hundredth of a carat); "he" became "él"',
    },
  },
  currencies: {
    VES7: { code: 'VES', kind: 'code-typo', why: 'ISO 4217 code of the bolívar soberano is VES' },
  },
};

interface NameCorrection {
  /** The published name; the correction applies only while the table still says this. */
  published: string;
  name: string;
  kind: 'garbled-name' | 'wrong-name';
}

/** Keyed by the (corrected) code. */
const NAME_CORRECTIONS: Partial<Record<CatalogName, Readonly<Record<string, NameCorrection>>>> = {
  'unit-measures': {
    A11: { published: 'Ã ¥ ngström', name: 'ångström', kind: 'garbled-name' },
    C85: { published: 'â € ngstr recíproco “m', name: 'ångström recíproco', kind: 'garbled-name' },
    KR: { published: 'KilorÃ¶ntgen', name: 'kiloröntgen', kind: 'garbled-name' },
  },
  municipalities: {
    // Guachené was split from Caloto (19142) in 2006; the table repeats the old name.
    '19300': { published: 'Caloto', name: 'Guachené', kind: 'wrong-name' },
  },
};

const STRUCK_THROUGH_CODE = /^~`?([^~`]+)`?~$/;
const ANNOUNCED_MARK = /\(disponible próximamente\)/i;
const TRAILING_ASTERISK = /\s*\*+$/;

type Flaw = (publishedCode: string, kind: DataFlawKind, handling: string) => void;

/** A published code as DIAN means it: no spaces, the table's case, known corrections applied. */
function cleanCode(catalog: CatalogName, published: string, flaw: Flaw): string {
  let code = published;
  if (/\s/.test(code)) {
    code = code.replace(/\s+/g, '');
    flaw(published, 'whitespace-in-code', `read as '${code}'; '${published}' still accepted`);
  }
  if (UPPER_CASE_CATALOGS.has(catalog) && code !== code.toUpperCase()) {
    code = code.toUpperCase();
    flaw(published, 'lowercase-code', `read as '${code}'; '${published}' still accepted`);
  }
  const codeCorrection = CODE_CORRECTIONS[catalog]?.[code];
  if (codeCorrection) {
    code = codeCorrection.code;
    flaw(
      published,
      codeCorrection.kind,
      `${codeCorrection.why}: read as '${code}'; '${published}' still accepted`,
    );
  }
  return code;
}

/** A published name without footnote marks and with known corrections applied. */
function cleanName(catalog: CatalogName, code: string, row: PublishedRow, flaw: Flaw): string {
  let name = row.name;
  if (TRAILING_ASTERISK.test(name)) {
    name = name.replace(TRAILING_ASTERISK, '');
    flaw(row.code, 'footnote-asterisk-in-name', `name read as '${name}'`);
  }
  const nameCorrection = NAME_CORRECTIONS[catalog]?.[code];
  if (nameCorrection && nameCorrection.published === name) {
    name = nameCorrection.name;
    flaw(row.code, nameCorrection.kind, `'${row.name}' read as '${name}'`);
  }
  return name;
}

/** Turns one published table into usable entries, recording each flaw met on the way. */
export function cleanPublishedTable(
  catalog: CatalogName,
  rows: readonly PublishedRow[],
): CleanedTable {
  const entries: CatalogEntry[] = [];
  const announced: CatalogEntry[] = [];
  const flaws: DataFlaw[] = [];
  const seen = new Map<string, CatalogEntry>();
  const flaw = (publishedCode: string, kind: DataFlawKind, handling: string): void => {
    flaws.push({ catalog, publishedCode, kind, handling });
  };

  for (const row of rows) {
    const struck = STRUCK_THROUGH_CODE.exec(row.code);
    if (struck || ANNOUNCED_MARK.test(row.name)) {
      const code = struck ? struck[1] : row.code;
      const name = row.name.replace(ANNOUNCED_MARK, '').replace(/~/g, '').trim();
      announced.push(freeze({ code, name }));
      flaw(row.code, 'announced-not-available', `'${code}' ${name} is not usable yet; refused`);
      continue;
    }

    const code = cleanCode(catalog, row.code, flaw);
    const name = cleanName(catalog, code, row, flaw);

    const earlier = seen.get(code);
    if (earlier) {
      flaw(
        row.code,
        'duplicate-code',
        `'${code}' is published twice; the first row ('${earlier.name}') is kept and '${name}' dropped`,
      );
      continue;
    }

    const entry = freeze({
      code,
      name,
      ...(row.department ? { department: Object.freeze({ ...row.department }) } : {}),
      ...(code !== row.code ? { publishedCode: row.code } : {}),
    });
    seen.set(code, entry);
    entries.push(entry);
  }
  return { entries, announced, flaws };
}

function freeze(entry: CatalogEntry): CatalogEntry {
  return Object.freeze(entry);
}
