import { NUMBERING_RANGE_DOCUMENTS } from '../catalogs/dian-codes';
import { bogotaIsoDate } from '../bills/factus-dates';
import type { Clock } from '../simulator-clock';

/** Numbering-range document codes (factus-api.md §2.7). */
export const RANGE_DOCUMENT = {
  invoice: '21',
  creditNote: '22',
  debitNote: '23',
  supportDocument: '24',
  adjustmentNote: '25',
} as const;

export interface NumberingRange {
  id: number;
  /** Range document code: 21 invoice, 22 credit note, 23 debit note, ... */
  document: string;
  prefix: string;
  from: number;
  to: number;
  /** The next number to be used. */
  current: number;
  resolutionNumber: string | null;
  /** `YYYY-MM-DD`; null for ranges without a DIAN resolution (credit and debit notes). */
  startDate: string | null;
  endDate: string | null;
  /** DIAN's technical key (ClTec of the CUFE); null for notes, which use the software PIN. */
  technicalKey: string | null;
  isActive: boolean;
  createdAt: string;
  updatedAt: string;
}

/** The seeded ranges' ids, for tests and for the credit/debit-note work that reuses them. */
export const SEEDED_RANGE_IDS = {
  invoice: 389,
  expiredInvoice: 390,
  creditNote: 1776,
  debitNote: 1777,
  supportDocument: 391,
  adjustmentNote: 392,
} as const;

/**
 * The shared v2 sandbox's ranges as the docs show them (389 invoices SETP, 1776 credit notes), plus
 * an inactive invoice range whose resolution has ended (to produce DIAN's FAB07b), a debit-note
 * range, and a support-document (24) and an adjustment-note (25) range so that every document
 * type can be issued out of the box. The technical key of 389 is the one DIAN publishes for its test set.
 */
function seed(): NumberingRange[] {
  const created = '2023-06-01T08:00:38Z';
  return [
    {
      id: SEEDED_RANGE_IDS.invoice,
      document: RANGE_DOCUMENT.invoice,
      prefix: 'SETP',
      from: 990000000,
      to: 995000000,
      current: 990000001,
      resolutionNumber: '18760000001',
      startDate: '2019-01-19',
      endDate: '2030-01-19',
      technicalKey: 'fc8eac422eba16e22ffd8c6f94b3f40a6e38162c',
      isActive: true,
      createdAt: created,
      updatedAt: created,
    },
    {
      id: SEEDED_RANGE_IDS.expiredInvoice,
      document: RANGE_DOCUMENT.invoice,
      prefix: 'SETT',
      from: 1,
      to: 5000000,
      current: 1,
      resolutionNumber: '18760000002',
      startDate: '2019-01-19',
      endDate: '2024-01-19',
      technicalKey: '3b1f0a63d4e0c9e1d2b8f5a9c7e6d4b2a1f0e9d8',
      isActive: false,
      createdAt: created,
      updatedAt: created,
    },
    {
      id: SEEDED_RANGE_IDS.creditNote,
      document: RANGE_DOCUMENT.creditNote,
      prefix: 'NC',
      from: 1,
      to: 16000000,
      current: 1,
      resolutionNumber: null,
      startDate: null,
      endDate: null,
      technicalKey: null,
      isActive: true,
      createdAt: created,
      updatedAt: created,
    },
    {
      id: SEEDED_RANGE_IDS.debitNote,
      document: RANGE_DOCUMENT.debitNote,
      prefix: 'ND',
      from: 1,
      to: 16000000,
      current: 1,
      resolutionNumber: null,
      startDate: null,
      endDate: null,
      technicalKey: null,
      isActive: true,
      createdAt: created,
      updatedAt: created,
    },
    // Support documents come from a DIAN resolution (the SEDS984… numbers of the v2 examples);
    // their CUDS uses the software PIN, so the range has no technical key.
    {
      id: SEEDED_RANGE_IDS.supportDocument,
      document: RANGE_DOCUMENT.supportDocument,
      prefix: 'SEDS',
      from: 984000000,
      to: 985000000,
      current: 984000001,
      resolutionNumber: '18760000003',
      startDate: '2019-01-19',
      endDate: '2030-01-19',
      technicalKey: null,
      isActive: true,
      createdAt: created,
      updatedAt: created,
    },
    // Adjustment notes: NA1, NA2… as the v2 examples number them; no resolution.
    {
      id: SEEDED_RANGE_IDS.adjustmentNote,
      document: RANGE_DOCUMENT.adjustmentNote,
      prefix: 'NA',
      from: 1,
      to: 16000000,
      current: 1,
      resolutionNumber: null,
      startDate: null,
      endDate: null,
      technicalKey: null,
      isActive: true,
      createdAt: created,
      updatedAt: created,
    },
  ];
}

/**
 * A numbering resolution DIAN associated to the software (`GET /v2/numbering-ranges/dian`): what
 * the company authorised in DIAN's portal, whether or not a Factus range was created from it yet.
 */
export interface DianResolution {
  prefix: string;
  from: number;
  to: number;
  resolutionNumber: string;
  /** `YYYY-MM-DD`. */
  startDate: string;
  endDate: string;
  technicalKey: string;
}

/**
 * The seeded associations: DIAN's test set behind 389 and 390, and one not yet created as a Factus
 * range (the onboarding step: read it from `/dian`, then `POST /v2/numbering-ranges`).
 */
export const DIAN_RESOLUTIONS: readonly DianResolution[] = [
  {
    prefix: 'SETP',
    from: 990000000,
    to: 995000000,
    resolutionNumber: '18760000001',
    startDate: '2019-01-19',
    endDate: '2030-01-19',
    technicalKey: 'fc8eac422eba16e22ffd8c6f94b3f40a6e38162c',
  },
  {
    prefix: 'SETT',
    from: 1,
    to: 5000000,
    resolutionNumber: '18760000002',
    startDate: '2019-01-19',
    endDate: '2024-01-19',
    technicalKey: '3b1f0a63d4e0c9e1d2b8f5a9c7e6d4b2a1f0e9d8',
  },
  {
    prefix: 'FEV',
    from: 1,
    to: 1000000,
    resolutionNumber: '18764000000003',
    startDate: '2025-01-01',
    endDate: '2035-01-01',
    technicalKey: '9d1c8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d',
  },
];

export type RangeChoice =
  | { ok: true; range: NumberingRange }
  | { ok: false; reason: 'unknown' | 'wrong-document' | 'ambiguous' | 'none-active' };

/** The company's numbering ranges; `reset()` re-seeds them (numbers start over). */
export class NumberingRanges {
  private ranges: NumberingRange[] = seed();

  constructor(private readonly clock: Clock) {}

  /** Ids are never reused, as a database sequence would not. */
  private lastId = lastIdOf(this.ranges);

  reset(): void {
    this.ranges = seed();
    this.lastId = lastIdOf(this.ranges);
  }

  /** Adds a range under the next id (`POST /v2/numbering-ranges`). */
  add(range: Omit<NumberingRange, 'id'>): NumberingRange {
    this.lastId += 1;
    const added = { ...range, id: this.lastId };
    this.ranges.push(added);
    return added;
  }

  remove(id: number): void {
    this.ranges = this.ranges.filter((range) => range.id !== id);
  }

  all(): NumberingRange[] {
    return [...this.ranges];
  }

  byId(id: number): NumberingRange | undefined {
    return this.ranges.find((range) => range.id === id);
  }

  documentName(range: NumberingRange): string {
    return NUMBERING_RANGE_DOCUMENTS[range.document] ?? range.document;
  }

  /** Past its resolution's end date in Bogotá today (DIAN then rejects with FAB07b). */
  isExpired(range: NumberingRange): boolean {
    return range.endDate !== null && bogotaIsoDate(this.clock()) > range.endDate;
  }

  /** The DIAN association a new range of `prefix` with `resolutionNumber` draws from, if any. */
  dianResolution(prefix: string, resolutionNumber: string): DianResolution | undefined {
    return DIAN_RESOLUTIONS.find(
      (dian) => dian.prefix === prefix && dian.resolutionNumber === resolutionNumber,
    );
  }

  isExhausted(range: NumberingRange): boolean {
    return range.current > range.to;
  }

  /**
   * The range a document uses: the given id, which must be a range of that document type, or
   * else the one active range of that type ("obligatorio solo si tienes múltiples rangos activos").
   */
  choose(document: string, id: number | undefined): RangeChoice {
    if (id !== undefined) {
      const range = this.byId(id);
      if (!range) return { ok: false, reason: 'unknown' };
      if (range.document !== document) return { ok: false, reason: 'wrong-document' };
      return { ok: true, range };
    }
    const active = this.ranges.filter((range) => range.document === document && range.isActive);
    if (active.length === 1) return { ok: true, range: active[0] };
    return { ok: false, reason: active.length === 0 ? 'none-active' : 'ambiguous' };
  }

  /** Takes the range's next number (`prefix + current`) and advances it. */
  takeNumber(range: NumberingRange): { number: string; consecutive: number } {
    const consecutive = range.current;
    range.current += 1;
    range.updatedAt = new Date(this.clock()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    return { number: `${range.prefix}${consecutive}`, consecutive };
  }
}

function lastIdOf(ranges: readonly NumberingRange[]): number {
  return Math.max(0, ...ranges.map((range) => range.id));
}
