import type {
  CodeName,
  IssuedCustomer,
  IssuedDocument,
} from '../../documents/domain/issued-document';
import type { Dec } from '../../common/domain/decimal';

/** A document-level withholding as Factus totals it (ReteRenta 3.50 % → its value). */
export interface IssuedWithholding {
  code: string;
  name: string;
  value: Dec;
}

/**
 * A support document as Factus holds it. The kernel's `customer` holds its party, which for a
 * support document is the provider (the HTTP layer names it so).
 */
export interface IssuedSupportDocument extends IssuedDocument {
  /** DIAN's unique code of the support document (SHA-384 hex). */
  cuds?: string;
  provider: IssuedCustomer;
  withholdingTaxes: IssuedWithholding[];
}

/** An adjustment note as Factus holds it: its CUDS, the support document it corrects and why. */
export interface IssuedAdjustmentNote extends IssuedSupportDocument {
  supportDocumentNumber?: string;
  /** The corrected support document's CUDS, as the note's answer carries it. */
  supportDocumentCuds?: string;
  correctionConcept?: CodeName;
}
