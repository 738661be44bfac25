import type { CodeName, IssuedInvoice } from '../../documents/domain/issued-document';

/** A note as Factus holds it: an issued document identified by its CUDE, tied to an invoice. */
export type IssuedNote = Omit<IssuedInvoice, 'cufe' | 'relatedNotes'> & {
  /** DIAN's unique code of the note (SHA-384 hex). */
  cude?: string;
  billNumber?: string;
  correctionConcept?: CodeName;
  customization?: CodeName;
};
