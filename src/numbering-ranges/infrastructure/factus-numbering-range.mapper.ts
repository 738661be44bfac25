import type { NumberingRange } from '../domain/numbering-range';
import type { FactusNumberingRangeWire } from './factus-numbering-range.wire';

/** Resolves a range document given as a code (`21`) or as a name (`Factura de Venta`). */
export type RangeDocumentLookup = (
  codeOrName: string,
) => { code: string; name: string } | undefined;

/** One parsed Factus range, from either the list or the show shape. */
export function fromFactusNumberingRange(
  wire: FactusNumberingRangeWire,
  documents: RangeDocumentLookup,
): NumberingRange {
  const document = documents(wire.document) ?? documents(wire.document_name ?? '');
  return {
    id: wire.id,
    // A document type outside the published table (payroll, a new type) is kept as Factus wrote it.
    document: document?.code ?? wire.document,
    documentName: wire.document_name ?? document?.name ?? wire.document,
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
