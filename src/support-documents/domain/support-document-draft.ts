import type { DocumentDraft, DocumentItem } from '../../documents/domain/document-draft';

/**
 * The supplier of a support document (documento soporte): someone who sells to the company without
 * issuing an electronic invoice, often a natural person or a supplier abroad. The camelCase forms
 * of Factus v2's `provider.*` fields (documentos-soporte/crear-validar).
 */
export interface Provider {
  /** Only 21, 22, 31, 41, 42, 47 or 50 (PROVIDER_IDENTIFICATION_TYPES). */
  identificationDocumentCode: string;
  identification: string;
  /** NIT check digit; computed when absent for a NIT. */
  dv?: string;
  tradeName?: string;
  names: string;
  address: string;
  /** ISO 3166-1 alpha-2; `CO` for a resident provider. */
  countryCode: string;
  /** DIVIPOLA code; only for a provider in Colombia. */
  municipalityCode?: string;
  email?: string;
  phone?: string;
  /** `1` legal person, `2` natural person: in the official examples, not in the field tables. */
  legalOrganizationCode?: string;
}

/**
 * When the purchase of a line was made (descripcion-de-campos, `items.*.period`): `1` per
 * operation (today, the default when absent) or `2` weekly accumulation of earlier purchases,
 * from `startDate` (at most 6 days before today).
 */
export interface ItemPeriod {
  generationMode: string;
  /** `YYYY-MM-DD`; required with generation mode 2, ignored with 1. */
  startDate?: string;
}

/**
 * A line of an adjustment note: a sales line without mandate, scheme, note or a discount as an
 * amount (the pages list only `discount_rate`).
 */
export type AdjustmentNoteItem = Omit<
  DocumentItem,
  'mandate' | 'schemeId' | 'note' | 'discountAmount'
>;

/** A line of a support document: an adjustment note's line with its period. */
export type SupportItem = AdjustmentNoteItem & {
  period?: ItemPeriod;
};

/** What a support document and an adjustment note leave out of a sales document. */
type SupportBase = Omit<
  DocumentDraft,
  | 'document'
  | 'operationType'
  | 'sendEmail'
  | 'prepaymentDetails'
  | 'currency'
  | 'orderReference'
  | 'billingPeriod'
  | 'relatedDocuments'
  | 'customer'
  | 'allowanceCharges'
  | 'items'
> & { items: SupportItem[] };

/**
 * A support document as the ERP asks for it: the purchase's lines (net prices, IVA `01` or
 * excluded, withholdings such as ReteRenta), its payments and the provider.
 */
export type SupportDocumentDraft = SupportBase & { provider: Provider };

/**
 * An adjustment note as the ERP asks for it: a support document's shape that corrects one
 * (`supportDocumentNumber`) for a DIAN correction concept 1–5. The notas-ajuste pages list no
 * `establishment` and no `items.*.period`, so the note has neither.
 */
export type AdjustmentNoteDraft = Omit<SupportDocumentDraft, 'establishment' | 'items'> & {
  items: AdjustmentNoteItem[];
  supportDocumentNumber: string;
  correctionConceptCode: string;
};
