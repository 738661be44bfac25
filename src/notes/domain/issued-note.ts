import type { CodeName, IssuedDocument } from '../../documents/domain/issued-document';

/** A note as Factus holds it: an issued document identified by its CUDE, tied to an invoice. */
export interface IssuedNote extends IssuedDocument {
  /** DIAN's unique code of the note (SHA-384 hex). */
  cude?: string;
  billNumber?: string;
  correctionConcept?: CodeName;
  customization?: CodeName;
}
