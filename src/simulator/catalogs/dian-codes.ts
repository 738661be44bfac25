import { COUNTRIES, DEPARTMENTS, MUNICIPALITIES, UNIT_MEASURES } from './published-tables';

/**
 * The small DIAN code tables the simulator needs, with the names Factus v2 publishes
 * (tablas-de-referencia/tablas; ../shared/data/dian/code-tables.json). Where a response example
 * shows a shorter name than the table (tax tributes: "IVA" rather than "Impuesto sobre la
 * Ventas"), the response's name is used, because that is what clients see on the wire.
 */
export type CodeTable = Readonly<Record<string, string>>;

export interface CodeName {
  code: string;
  name: string;
}

export const INVOICE_DOCUMENT_TYPES: CodeTable = {
  '01': 'Factura electrónica de Venta',
  '03': 'Instrumento electrónico de transmisión - tipo 03',
};

/** DIAN's type codes of the notes to an invoice (UBL `CreditNoteTypeCode`, debit notes' 92). */
export const NOTE_DOCUMENT_TYPES: CodeTable = {
  '91': 'Nota Crédito',
  '92': 'Nota Débito',
};

/** `correction_concept_code` of credit notes ("Códigos de corrección (notas crédito)"). */
export const CREDIT_NOTE_CORRECTION_CONCEPTS: CodeTable = {
  '1': 'Devolución parcial de los bienes y/o no aceptación parcial del servicio',
  '2': 'Anulación de factura electrónica',
  '3': 'Rebaja o descuento parcial o total',
  '4': 'Ajuste de precio',
  '5': 'Descuento comercial por pronto pago',
  '6': 'Descuento comercial por volumen de ventas',
};

/** `correction_concept_code` of debit notes ("Códigos de corrección (notas débito)"). */
export const DEBIT_NOTE_CORRECTION_CONCEPTS: CodeTable = {
  '1': 'Intereses',
  '2': 'Gastos por cobrar',
  '3': 'Cambio del valor',
  '4': 'Otros',
};

/** `customization_id` of credit notes ("Códigos de tipos de operación (notas crédito)"). */
export const CREDIT_NOTE_CUSTOMIZATIONS: CodeTable = {
  '20': 'Nota Crédito que referencia una factura electrónica',
  '22': 'Nota Crédito sin referencia a una factura electrónica',
};

/** `customization_id` of debit notes ("Códigos de tipos de operación (notas débito)"). */
export const DEBIT_NOTE_CUSTOMIZATIONS: CodeTable = {
  '30': 'Nota Débito que referencia una factura electrónica',
  '32': 'Nota Débito sin referencia a una factura electrónica',
};

export const OPERATION_TYPES: CodeTable = {
  '10': 'Estándar',
  '11': 'Mandatos',
  '12': 'Transporte',
  'SS-CUFE': 'Sector Salud - CUFE',
  'SS-Reporte': 'Sector Salud - Reporte',
  'SS-SinAporte': 'Sector Salud - Sin Aporte',
  'SS-Recaudo': 'Sector Salud - Recaudo de cuotas moderadoras o copagos',
};

export const IDENTIFICATION_DOCUMENTS: CodeTable = {
  '11': 'Registro civil',
  '12': 'Tarjeta de identidad',
  '13': 'Cédula de ciudadanía',
  '21': 'Tarjeta de extranjería',
  '22': 'Cédula de extranjería',
  '31': 'NIT',
  '41': 'Pasaporte',
  '42': 'Documento de identificación extranjero',
  '47': 'PEP',
  '48': 'PPT (Permiso Protección Temporal)',
  '50': 'NIT otro país',
  '91': 'NUIP',
};

export const NIT_DOCUMENT_CODE = '31';

export const LEGAL_ORGANIZATIONS: CodeTable = {
  '1': 'Persona Jurídica',
  '2': 'Persona Natural',
};

export const CUSTOMER_TRIBUTES: CodeTable = { '01': 'IVA', ZZ: 'No aplica' };

export const FISCAL_RESPONSIBILITIES: CodeTable = {
  'O-13': 'Gran contribuyente',
  'O-15': 'Autorretenedor',
  'O-23': 'Agente de retención de IVA',
  'O-47': 'Régimen simple de tributación',
  'R-99-PN': 'No responsable',
};

/** Item taxes accepted by Factus v2 (`items.*.taxes.*.code`). */
export const TAX_TRIBUTES: CodeTable = { '01': 'IVA', '04': 'INC', '35': 'ICUI' };
export const IVA = '01';
export const INC = '04';

/** Self-withholdings (`items.*.withholding_taxes.*.code`). */
export const WITHHOLDING_TRIBUTES: CodeTable = { '05': 'ReteIVA', '06': 'ReteRenta' };
export const RETE_IVA = '05';

export const STANDARD_CODES: CodeTable = {
  '999': 'Estándar de adopción del contribuyente',
  '001': 'UNSPSC',
  '020': 'Partida Arancelaria',
  '010': 'GTIN',
};

export const PAYMENT_FORMS: CodeTable = { '1': 'Pago de contado', '2': 'Pago a crédito' };
export const CREDIT_PAYMENT_FORM = '2';

export const PAYMENT_METHODS: CodeTable = {
  '10': 'Efectivo',
  '42': 'Consignación',
  '20': 'Cheque',
  '47': 'Transferencia',
  '71': 'Bonos',
  '72': 'Vales',
  '1': 'Medio de pago no definido',
  '49': 'Tarjeta Débito',
  '48': 'Tarjeta Crédito',
  ZZZ: 'Otro',
};

/** Only `03` is usable: the table strikes 00, 01 and 02 out as "disponible próximamente". */
export const ALLOWANCE_CONCEPTS: CodeTable = { '03': 'Recargo Condicionado' };

export const NUMBERING_RANGE_DOCUMENTS: CodeTable = {
  '21': 'Factura de Venta',
  '22': 'Nota Crédito',
  '23': 'Nota Débito',
  '24': 'Documento Soporte',
  '25': 'Nota de Ajuste Documento Soporte',
  '30': 'Factura de talonario y de papel',
};

export { COUNTRIES, UNIT_MEASURES };

export function codeName(table: CodeTable, code: string): CodeName {
  return { code, name: table[code] ?? code };
}

export function has(table: Readonly<Record<string, unknown>>, code: string): boolean {
  return Object.prototype.hasOwnProperty.call(table, code);
}

export interface MunicipalityView {
  code: string;
  name: string;
  department: CodeName;
}

export function municipality(code: string): MunicipalityView | undefined {
  if (!has(MUNICIPALITIES, code)) return undefined;
  const [name, departmentCode] = MUNICIPALITIES[code];
  return { code, name, department: codeName(DEPARTMENTS, departmentCode) };
}
