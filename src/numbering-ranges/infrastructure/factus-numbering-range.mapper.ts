import { FactusBadResponseError } from '../../factus/factus.errors';
import type { NumberingRange } from '../domain/numbering-range';
import type { FactusNumberingRangeWire, Loose } from './factus-numbering-range.wire';

/** Resolves a range document given as a code (`21`) or as a name (`Factura de Venta`). */
export type RangeDocumentLookup = (
  codeOrName: string,
) => { code: string; name: string } | undefined;

/** One Factus range, from either the list or the show shape. */
export function fromFactusNumberingRange(
  wire: FactusNumberingRangeWire,
  documents: RangeDocumentLookup,
): NumberingRange {
  const id = toInt(wire.id);
  const prefix = text(wire.prefix);
  if (id === undefined || prefix === undefined) {
    throw new FactusBadResponseError('Factus answered a numbering range without its id or prefix.');
  }
  const raw = text(wire.document) ?? '';
  const document = documents(raw) ?? documents(text(wire.document_name) ?? '');
  return {
    id,
    // A document type outside the published table (payroll, a new type) is kept as Factus wrote it.
    document: document?.code ?? raw,
    documentName: text(wire.document_name) ?? document?.name ?? raw,
    prefix,
    from: toInt(wire.from) ?? 0,
    to: toInt(wire.to) ?? 0,
    current: toInt(wire.current) ?? 0,
    resolutionNumber: text(wire.resolution_number) ?? null,
    startDate: calendarDate(wire.start_date),
    endDate: calendarDate(wire.end_date),
    technicalKey: text(wire.technical_key) ?? null,
    isExpired: flag(wire.is_expired),
    isActive: flag(wire.is_active),
  };
}

function text(value: Loose): string | undefined {
  if (typeof value === 'number') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function toInt(value: Loose): number | undefined {
  const raw = text(value);
  if (raw === undefined || !/^-?\d+$/.test(raw)) return undefined;
  const parsed = Number(raw);
  return Number.isSafeInteger(parsed) ? parsed : undefined;
}

/** `true`, `1`, `"1"`, `"true"` */
function flag(value: Loose): boolean {
  return value === true || value === 1 || value === '1' || value === 'true';
}

/** `YYYY-MM-DD` from `YYYY-MM-DD[...]` (list) or `DD-MM-YYYY[ time]` (show); null when absent. */
function calendarDate(value: Loose): string | null {
  const raw = text(value);
  if (raw === undefined) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(raw);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const factus = /^(\d{2})-(\d{2})-(\d{4})/.exec(raw);
  if (factus) return `${factus[3]}-${factus[2]}-${factus[1]}`;
  return null;
}
