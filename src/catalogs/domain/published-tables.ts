import codeTables from '../data/code-tables.json';
import countries from '../data/countries.json';
import currencies from '../data/currencies.json';
import municipalities from '../data/municipalities.json';
import unitMeasures from '../data/unit-measures.json';
import type { CatalogName } from './catalog-names';

/** A row exactly as the Factus v2 reference tables publish it (src/catalogs/data/*.json). */
export interface PublishedRow {
  readonly code: string;
  readonly name: string;
  readonly department?: { readonly code: string; readonly name: string };
}

/**
 * Where each catalogue comes from. The data files are kept byte-for-byte as published; their flaws
 * are handled in catalog-data-flaws.ts. The small tables are keyed by their Spanish title in the
 * docs, so a renamed title breaks compilation here instead of yielding an empty table.
 */
export const PUBLISHED_TABLES: Readonly<Record<CatalogName, readonly PublishedRow[]>> = {
  municipalities: municipalities.rows,
  countries: countries.rows,
  currencies: currencies.rows,
  'unit-measures': unitMeasures.rows,
  'identification-document-types': codeTables.tables['Códigos de tipos de documentos de identidad'],
  'legal-organizations': codeTables.tables['Código de tipos de organizaciones'],
  'customer-tributes': codeTables.tables['Códigos de tributos clientes'],
  'fiscal-responsibilities': codeTables.tables['Responsabilidades fiscales'],
  taxes: codeTables.tables['Códigos de impuestos'],
  withholdings: codeTables.tables['Códigos de retenciones'],
  'payment-forms': codeTables.tables['Códigos de formas de pago'],
  'payment-methods': codeTables.tables['Códigos de métodos de pago'],
  'document-types': codeTables.tables['Códigos de tipos de documentos para la factura'],
  'operation-types': codeTables.tables['Códigos de tipos de operación'],
  'credit-note-correction-concepts': codeTables.tables['Códigos de corrección (notas crédito)'],
  'debit-note-correction-concepts': codeTables.tables['Códigos de corrección (notas débito)'],
  'product-standards': codeTables.tables['Códigos de estándar de identificación del producto'],
  'numbering-range-document-types':
    codeTables.tables['Códigos de tipos de documento para los rangos de numeración'],
  'allowance-charge-concepts': codeTables.tables['Códigos de los recargos y descuentos'],
};
