import type { CorrectableDocument } from '../../documents/domain/issued-document';

/** An invoice as Factus holds it: identified at DIAN by its CUFE, corrected by notes. */
export interface IssuedInvoice extends CorrectableDocument {
  /** DIAN's unique code (SHA-384 hex); absent while Factus has not produced it. */
  cufe?: string;
}
