import { z } from 'zod';
import { factusDocumentFields } from '../../documents/infrastructure/factus-document.answer';
import { optionalCodeName, optionalText } from '../../factus/wire';

/**
 * A note's `data` (create or show): the shared document, identified by `cude`, tied to its invoice
 * by `bill_number`. `customization_id` arrives as a bare code or as a code/name pair.
 */
export const factusNoteSchema = z.object({
  ...factusDocumentFields,
  cude: optionalText,
  bill_number: optionalText,
  correction_concept: optionalCodeName,
  customization: optionalCodeName,
  customization_id: z.union([optionalText, optionalCodeName]),
});
export type FactusNoteWire = z.output<typeof factusNoteSchema>;
