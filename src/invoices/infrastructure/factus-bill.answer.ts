import { z } from 'zod';
import {
  optionalDecimalAmount,
  optionalField,
  optionalLooseBoolean,
  optionalText,
  requiredText,
} from '../../factus/wire';
import { factusDocumentFields } from '../../documents/infrastructure/factus-document.answer';

/** A credit or debit note as a bill's `related_notes` lists it (no documented element schema). */
const relatedNote = z.object({
  number: requiredText,
  reference_code: optionalText,
  total: optionalDecimalAmount,
  is_validated: optionalLooseBoolean,
});

/** A bill's `data` (create or show): the shared document, its CUFE and the notes against it. */
export const factusBillSchema = z.object({
  ...factusDocumentFields,
  cufe: optionalText,
  related_notes: optionalField(
    z.object({
      credit_notes: optionalField(z.array(relatedNote)),
      debit_notes: optionalField(z.array(relatedNote)),
    }),
  ),
});
export type FactusBillWire = z.output<typeof factusBillSchema>;
