import { z } from 'zod';
import { factusDocumentFields } from '../../documents/infrastructure/factus-document.answer';
import {
  decimalAmount,
  optionalCodeName,
  optionalField,
  optionalText,
  requiredText,
} from '../../factus/wire';

/** The provider block of a support document or adjustment note (notas-ajuste…/ver example). */
const provider = z.object({
  identification_document: optionalCodeName,
  identification: optionalText,
  dv: optionalText,
  graphic_representation_name: optionalText,
  trade_name: optionalText,
  company: optionalText,
  names: optionalText,
  address: optionalText,
  email: optionalText,
  phone: optionalText,
  legal_organization: optionalCodeName,
  tribute: optionalCodeName,
  country: optionalCodeName,
  municipality: optionalCodeName,
});

/**
 * A document-level withholding: `{tribute_code, name, value}` in the adjustment-note example;
 * `{tribute: {code, name}, value}` as bills give it. Both are read.
 */
const withholding = z.object({
  tribute_code: optionalText,
  name: optionalText,
  tribute: optionalCodeName,
  value: decimalAmount,
});

/**
 * A support document's `data` (create or show). The v2 support-document pages give no answer
 * example; the only v2 answer of the family (notas-ajuste-documentos-soporte/ver) is flat: the
 * shared document fields, `provider` for `customer`, `cuds` and document-level
 * `withholding_taxes`. The support document is read in that shape.
 */
export const factusSupportDocumentSchema = z.object({
  ...factusDocumentFields,
  cuds: optionalText,
  provider: optionalField(provider),
  withholding_taxes: optionalField(z.array(withholding)),
});
export type FactusSupportDocumentWire = z.output<typeof factusSupportDocumentSchema>;

/** The corrected support document as the note's answer nests it (`{reference_code, number, cuds}`). */
const referencedSupportDocument = z.union([
  optionalText,
  z
    .object({ number: requiredText, reference_code: optionalText, cuds: optionalText })
    .passthrough()
    .optional()
    .nullable(),
]);

/** An adjustment note's `data`: the support document's shape plus what it corrects and why. */
export const factusAdjustmentNoteSchema = factusSupportDocumentSchema.extend({
  support_document: referencedSupportDocument,
  support_document_number: optionalText,
  correction_concept: optionalCodeName,
});
export type FactusAdjustmentNoteWire = z.output<typeof factusAdjustmentNoteSchema>;
