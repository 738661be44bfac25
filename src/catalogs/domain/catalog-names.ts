/**
 * The DIAN code tables the service knows, by the name they have in our API
 * (`GET /api/v1/catalogs/:name`). Adding a name here without a source in published-tables.ts is a
 * compile error, so the two lists cannot drift apart.
 */
export const CATALOG_NAMES = [
  'municipalities',
  'countries',
  'currencies',
  'unit-measures',
  'identification-document-types',
  'legal-organizations',
  'customer-tributes',
  'fiscal-responsibilities',
  'taxes',
  'withholdings',
  'payment-forms',
  'payment-methods',
  'document-types',
  'operation-types',
  'credit-note-correction-concepts',
  'debit-note-correction-concepts',
  'product-standards',
  'numbering-range-document-types',
  'allowance-charge-concepts',
] as const;

export type CatalogName = (typeof CATALOG_NAMES)[number];

export function isCatalogName(value: string): value is CatalogName {
  return (CATALOG_NAMES as readonly string[]).includes(value);
}

/** One line per catalogue, for API documentation. */
export const CATALOG_DESCRIPTIONS: Readonly<Record<CatalogName, string>> = {
  municipalities:
    'DIVIPOLA municipality codes, with their department (customer and establishment).',
  countries: 'ISO 3166-1 alpha-2 country codes (customer.countryCode).',
  currencies:
    'ISO 4217 currency codes for currency.type (COP is the invoice currency, not listed).',
  'unit-measures': 'UN/ECE Recommendation 20 unit codes as DIAN publishes them (94 = unit).',
  'identification-document-types': 'Identification document types (13 cédula, 31 NIT, ...).',
  'legal-organizations': '1 legal person, 2 natural person.',
  'customer-tributes': 'Customer tribute: 01 IVA, ZZ not applicable.',
  'fiscal-responsibilities': 'Customer fiscal responsibilities (O-13, O-15, O-23, O-47, R-99-PN).',
  taxes: 'Item taxes: 01 IVA, 04 INC, 35 ultra-processed food tax.',
  withholdings: 'Item self-withholdings: 05 ReteIVA, 06 ReteRenta.',
  'payment-forms': '1 cash (contado), 2 credit.',
  'payment-methods': 'Means of payment (10 cash, 47 transfer, 48 credit card, ...).',
  'document-types': 'Invoice document types: 01 sales invoice, 03 contingency instrument.',
  'operation-types':
    'Invoice operation types: 10 standard, 11 mandates, 12 transport, SS-* health.',
  'credit-note-correction-concepts': 'Why a credit note corrects an invoice.',
  'debit-note-correction-concepts': 'Why a debit note corrects an invoice.',
  'product-standards': 'Product identification standards: 999 own code, 001 UNSPSC, 020, 010 GTIN.',
  'numbering-range-document-types':
    'Document types of numbering ranges (21 invoice, 22 credit note, ...).',
  'allowance-charge-concepts':
    'Invoice-level allowance and charge concepts (only 03 is usable today).',
};
