import type { CodeTable } from '../catalogs/dian-codes';

/*
 * The code tables only support documents and their adjustment notes use (tablas-de-referencia;
 * factus-api.md §2.5, §2.6, §3.6).
 */

/** DIAN type of a support document (UBL InvoiceTypeCode 05). */
export const SUPPORT_DOCUMENT_TYPES: CodeTable = {
  '05': 'Documento soporte en adquisiciones efectuadas a no obligados a facturar',
};

/** DIAN type of an adjustment note to a support document (UBL CreditNoteTypeCode 95). */
export const ADJUSTMENT_NOTE_DOCUMENT_TYPES: CodeTable = {
  '95': 'Nota de ajuste al documento soporte',
};

/** "Códigos de tipos de documentos de identidad para documentos soporte y notas de ajuste". */
export const PROVIDER_IDENTIFICATION_DOCUMENTS: CodeTable = {
  '21': 'Tarjeta de extranjería',
  '22': 'Cédula de extranjería',
  '31': 'NIT',
  '41': 'Pasaporte',
  '42': 'Documento de identificación extranjero',
  '47': 'PEP',
  '50': 'NIT otro país',
};

/** "Motivos para la generación de notas de ajuste". */
export const ADJUSTMENT_NOTE_CORRECTION_CONCEPTS: CodeTable = {
  '1': 'Devolución parcial de los bienes y/o no aceptación parcial del servicio',
  '2': 'Anulación del documento soporte en adquisiciones efectuadas a sujetos no obligados a expedir factura de venta o documento equivalente',
  '3': 'Rebaja o descuento parcial o total',
  '4': 'Ajuste de precio',
  '5': 'Otros',
};

/** "para documento soporte debe ser 01 correspondiente al impuesto sobre la ventas - IVA". */
export const SUPPORT_DOCUMENT_TAX = '01';

/** `items.*.period.generation_mode`: 1 por operación, 2 acumulado semanal. */
export const GENERATION_MODES: CodeTable = {
  '1': 'Por operación',
  '2': 'Acumulado semanal',
};
