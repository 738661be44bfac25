import {
  CodeTable,
  CREDIT_NOTE_CORRECTION_CONCEPTS,
  CREDIT_NOTE_CUSTOMIZATIONS,
  DEBIT_NOTE_CORRECTION_CONCEPTS,
  DEBIT_NOTE_CUSTOMIZATIONS,
  INVOICE_DOCUMENT_TYPES,
  NOTE_DOCUMENT_TYPES,
} from '../catalogs/dian-codes';
import { RANGE_DOCUMENT } from '../ranges/numbering-ranges';
import {
  ADJUSTMENT_NOTE_CORRECTION_CONCEPTS,
  ADJUSTMENT_NOTE_DOCUMENT_TYPES,
  SUPPORT_DOCUMENT_TYPES,
} from './support-codes';

/**
 * The electronic documents the simulator issues through one machinery (validation, numbering,
 * DIAN outcomes, idempotency, 409 blocking, quota, views, files, routes), and what differs between
 * them: paths, numbering-range type, unique code (CUFE or CUDE), file prefix, wording, and the
 * note-only fields (factus-api.md §2.3, §2.4, §3.6).
 */
export type DocumentKindId =
  'bill' | 'credit_note' | 'debit_note' | 'support_document' | 'adjustment_note';

export interface DocumentKind {
  id: DocumentKindId;
  /** Its routes live under `/v2/<path>`, its public page under `/documents/<path>/`. */
  path: 'bills' | 'credit-notes' | 'debit-notes' | 'support-documents' | 'adjustment-notes';
  /** Delete by reference: `/v2/bills/destroy/reference/:ref` but `/v2/credit-notes/reference/:ref`. */
  deletePath: string;
  /** Numbering-range document code: 21 invoice, 22 credit note, 23 debit note. */
  rangeDocument: string;
  /** CUFE for invoices, CUDE for notes, CUDS for support documents and their adjustment notes. */
  uniqueCode: 'cufe' | 'cude' | 'cuds';
  /** DIAN file-name prefix. */
  filePrefix: 'fv' | 'nc' | 'nd' | 'ds' | 'nas';
  /** "Factura", "Nota crédito", "Nota débito": as in "… no encontrada". */
  noun: string;
  /** Grammatical gender of `noun` ("Documento soporte no encontrado"); feminine when absent. */
  masculine?: true;
  /** For "No se encontró un rango de numeración activo para …". */
  plural: string;
  /** Heading of the graphic representation. */
  title: string;
  /** `document_type` codes this kind may carry. */
  documentTypes: CodeTable;
  /** `observation` length limit. */
  observationMax: number;
  /** UBL 2.1 element names of the XML. */
  ubl: UblNames;
  /** Note-only rules; null for invoices (and for adjustment notes, which have `support`). */
  note: NoteRules | null;
  /**
   * Support documents and their adjustment notes: a `provider` instead of a `customer`, no
   * e-mail delivery (their v2 pages document create, list, show, PDF, XML and delete only).
   */
  support: SupportRules | null;
}

export interface SupportRules {
  /** DIAN type code: 05 support document, 95 adjustment note (the response's `document_type`). */
  documentType: string;
  /** Adjustment notes: `correction_concept_code` 1–5 and `support_document_number`; else null. */
  correctionConcepts: CodeTable | null;
}

export interface NoteRules {
  /** DIAN type code of the note (91 credit, 92 debit): the response's `document_type`. */
  documentType: string;
  correctionConcepts: CodeTable;
  customizations: CodeTable;
  /** Default `customization_id`: the note references an invoice (`bill_number` required). */
  withReference: string;
  /** The note references no invoice (`billing_period` and `customer` required). */
  withoutReference: string;
}

export interface UblNames {
  root: 'Invoice' | 'CreditNote' | 'DebitNote';
  profile: string;
  /** The type-code element (UBL 2.1 DebitNote has none). */
  typeCode: 'cbc:InvoiceTypeCode' | 'cbc:CreditNoteTypeCode' | null;
  line: 'cac:InvoiceLine' | 'cac:CreditNoteLine' | 'cac:DebitNoteLine';
  quantity: 'cbc:InvoicedQuantity' | 'cbc:CreditedQuantity' | 'cbc:DebitedQuantity';
  monetaryTotal: 'cac:LegalMonetaryTotal' | 'cac:RequestedMonetaryTotal';
}

/** v2 facturas/crear-y-validar: `observation` "No debe tener más de 500 caracteres". */
export const BILL_OBSERVATION_MAX_LENGTH = 500;
/** Notes: "No debe tener más de 500 caracteres." */
export const NOTE_OBSERVATION_MAX_LENGTH = 500;

export const BILL: DocumentKind = {
  id: 'bill',
  path: 'bills',
  deletePath: 'destroy/reference',
  rangeDocument: RANGE_DOCUMENT.invoice,
  uniqueCode: 'cufe',
  filePrefix: 'fv',
  noun: 'Factura',
  plural: 'facturas',
  title: 'Factura electrónica de venta',
  documentTypes: INVOICE_DOCUMENT_TYPES,
  observationMax: BILL_OBSERVATION_MAX_LENGTH,
  ubl: {
    root: 'Invoice',
    profile: 'DIAN 2.1: Factura Electrónica de Venta',
    typeCode: 'cbc:InvoiceTypeCode',
    line: 'cac:InvoiceLine',
    quantity: 'cbc:InvoicedQuantity',
    monetaryTotal: 'cac:LegalMonetaryTotal',
  },
  note: null,
  support: null,
};

export const CREDIT_NOTE: DocumentKind = {
  id: 'credit_note',
  path: 'credit-notes',
  deletePath: 'reference',
  rangeDocument: RANGE_DOCUMENT.creditNote,
  uniqueCode: 'cude',
  filePrefix: 'nc',
  noun: 'Nota crédito',
  plural: 'notas crédito',
  title: 'Nota crédito electrónica',
  documentTypes: NOTE_DOCUMENT_TYPES,
  observationMax: NOTE_OBSERVATION_MAX_LENGTH,
  ubl: {
    root: 'CreditNote',
    profile: 'DIAN 2.1: Nota Crédito de Factura Electrónica de Venta',
    typeCode: 'cbc:CreditNoteTypeCode',
    line: 'cac:CreditNoteLine',
    quantity: 'cbc:CreditedQuantity',
    monetaryTotal: 'cac:LegalMonetaryTotal',
  },
  note: {
    documentType: '91',
    correctionConcepts: CREDIT_NOTE_CORRECTION_CONCEPTS,
    customizations: CREDIT_NOTE_CUSTOMIZATIONS,
    withReference: '20',
    withoutReference: '22',
  },
  support: null,
};

export const DEBIT_NOTE: DocumentKind = {
  id: 'debit_note',
  path: 'debit-notes',
  deletePath: 'reference',
  rangeDocument: RANGE_DOCUMENT.debitNote,
  uniqueCode: 'cude',
  filePrefix: 'nd',
  noun: 'Nota débito',
  plural: 'notas débito',
  title: 'Nota débito electrónica',
  documentTypes: NOTE_DOCUMENT_TYPES,
  observationMax: NOTE_OBSERVATION_MAX_LENGTH,
  ubl: {
    root: 'DebitNote',
    profile: 'DIAN 2.1: Nota Débito de Factura Electrónica de Venta',
    typeCode: null,
    line: 'cac:DebitNoteLine',
    quantity: 'cbc:DebitedQuantity',
    monetaryTotal: 'cac:RequestedMonetaryTotal',
  },
  note: {
    documentType: '92',
    correctionConcepts: DEBIT_NOTE_CORRECTION_CONCEPTS,
    customizations: DEBIT_NOTE_CUSTOMIZATIONS,
    withReference: '30',
    withoutReference: '32',
  },
  support: null,
};

/** Support documents: "No debe tener más de 500 caracteres" (descripcion-de-campos; 250 on crear-validar). */
export const SUPPORT_OBSERVATION_MAX_LENGTH = 500;

/**
 * Documento soporte (`/v2/support-documents…`, documentos-soporte/*): numbered from a range of
 * document 24, identified by its CUDS. Assumption: the DIAN file prefix is `ds` (Factus documents
 * none for support documents).
 */
export const SUPPORT_DOCUMENT: DocumentKind = {
  id: 'support_document',
  path: 'support-documents',
  deletePath: 'reference',
  rangeDocument: RANGE_DOCUMENT.supportDocument,
  uniqueCode: 'cuds',
  filePrefix: 'ds',
  noun: 'Documento soporte',
  masculine: true,
  plural: 'documentos soporte',
  title: 'Documento soporte en adquisiciones efectuadas a no obligados a facturar',
  documentTypes: SUPPORT_DOCUMENT_TYPES,
  observationMax: SUPPORT_OBSERVATION_MAX_LENGTH,
  ubl: {
    root: 'Invoice',
    profile: 'DIAN 2.1: documento soporte en adquisiciones efectuadas a no obligados a facturar.',
    typeCode: 'cbc:InvoiceTypeCode',
    line: 'cac:InvoiceLine',
    quantity: 'cbc:InvoicedQuantity',
    monetaryTotal: 'cac:LegalMonetaryTotal',
  },
  note: null,
  support: { documentType: '05', correctionConcepts: null },
};

/**
 * Nota de ajuste al documento soporte (`/v2/adjustment-notes…`): numbered from a range of document
 * 25 (`NA1`…), identified by a CUDS, tied to a validated support document. Assumption: file prefix
 * `nas`.
 */
export const ADJUSTMENT_NOTE: DocumentKind = {
  id: 'adjustment_note',
  path: 'adjustment-notes',
  deletePath: 'reference',
  rangeDocument: RANGE_DOCUMENT.adjustmentNote,
  uniqueCode: 'cuds',
  filePrefix: 'nas',
  noun: 'Nota de ajuste',
  plural: 'notas de ajuste',
  title: 'Nota de ajuste al documento soporte',
  documentTypes: ADJUSTMENT_NOTE_DOCUMENT_TYPES,
  observationMax: SUPPORT_OBSERVATION_MAX_LENGTH,
  ubl: {
    root: 'CreditNote',
    profile:
      'DIAN 2.1: Nota de ajuste al documento soporte en adquisiciones efectuadas a sujetos no obligados a expedir factura o documento equivalente',
    typeCode: 'cbc:CreditNoteTypeCode',
    line: 'cac:CreditNoteLine',
    quantity: 'cbc:CreditedQuantity',
    monetaryTotal: 'cac:LegalMonetaryTotal',
  },
  note: null,
  support: { documentType: '95', correctionConcepts: ADJUSTMENT_NOTE_CORRECTION_CONCEPTS },
};

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  BILL,
  CREDIT_NOTE,
  DEBIT_NOTE,
  SUPPORT_DOCUMENT,
  ADJUSTMENT_NOTE,
];

export function documentKind(id: string): DocumentKind | undefined {
  return DOCUMENT_KINDS.find((kind) => kind.id === id);
}
