import { z } from 'zod';
import { factusDocumentFields } from '../../documents/infrastructure/factus-document.answer';
import { optionalCodeName, optionalText } from '../../factus/wire';

/** A referenced invoice given as an object: its `number` (or `bill_number`) is what we need. */
const referencedBill = z.union([
  optionalText,
  z.object({ number: optionalText, bill_number: optionalText }).passthrough().optional().nullable(),
]);

/**
 * A note's `data` (create or show): the shared document, identified by `cude`, tied to its invoice.
 * The v2 note pages document `bill_number` on create and no show schema, so the invoice is read
 * from every place it has been documented or observed: `bill_number`, `number_bill` (v1 pages),
 * `related_bill` (a number or an object), and a nested object (`bill`, `billing_reference`,
 * `referenced_document`) with its `number`. `customization_id` arrives as a bare code or a pair.
 */
export const factusNoteSchema = z.object({
  ...factusDocumentFields,
  cude: optionalText,
  bill_number: optionalText,
  number_bill: optionalText,
  related_bill: referencedBill,
  bill: referencedBill,
  billing_reference: referencedBill,
  referenced_document: referencedBill,
  correction_concept: optionalCodeName,
  customization: optionalCodeName,
  customization_id: z.union([optionalText, optionalCodeName]),
});
export type FactusNoteWire = z.output<typeof factusNoteSchema>;
