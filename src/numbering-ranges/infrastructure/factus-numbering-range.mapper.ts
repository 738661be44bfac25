import type { DianResolution, NumberingRange } from '../domain/numbering-range';
import type {
  FactusDianResolutionWire,
  FactusNumberingRangeWire,
} from './factus-numbering-range.wire';
import { isRangeDocumentCode, RangeDocumentLookup } from './range-document-names';

export type { RangeDocumentLookup } from './range-document-names';

/**
 * One parsed Factus range, from the list shape (`document` is the name) or the show, create,
 * current and toggle-status shapes (`document` is the code, plus `document_name`).
 */
export function fromFactusNumberingRange(
  wire: FactusNumberingRangeWire,
  documents: RangeDocumentLookup,
): NumberingRange {
  const document = documents(wire.document) ?? documents(wire.document_name ?? '');
  return {
    id: wire.id,
    // A type no name maps to with certainty (payroll, a new type, a reworded name) is kept as
    // Factus wrote it: hasDocumentCode() then says the range's type is unknown.
    document: document?.code ?? wire.document,
    documentName:
      wire.document_name ??
      (isRangeDocumentCode(wire.document) ? document?.name : wire.document) ??
      wire.document,
    prefix: wire.prefix,
    from: wire.from,
    to: wire.to,
    current: wire.current,
    resolutionNumber: wire.resolution_number ?? null,
    startDate: wire.start_date ?? null,
    endDate: wire.end_date ?? null,
    technicalKey: wire.technical_key ?? null,
    isExpired: wire.is_expired,
    isActive: wire.is_active,
  };
}

export function fromFactusDianResolution(wire: FactusDianResolutionWire): DianResolution {
  return {
    prefix: wire.prefix,
    from: wire.from,
    to: wire.to,
    resolutionNumber: wire.resolution_number ?? null,
    startDate: wire.start_date ?? null,
    endDate: wire.end_date ?? null,
    technicalKey: wire.technical_key ?? null,
  };
}
