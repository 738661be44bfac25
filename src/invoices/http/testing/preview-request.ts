/** One line of a preview request, as JSON: the official example's product. */
export function previewLine(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    codeReference: 'PROD-000A',
    name: 'Producto A',
    quantity: 1,
    price: 10000,
    unitMeasureCode: '94',
    standardCode: '999',
    taxes: [{ code: '01', rate: 19 }],
    ...overrides,
  };
}

/** The official example as a preview request (no payments needed), as JSON. */
export function previewRequest(items: unknown[] = [previewLine()]): Record<string, unknown> {
  return {
    referenceCode: 'UNIT-1',
    numberingRangeId: 389,
    customer: {
      identificationDocumentCode: '31',
      identification: '900825759',
      company: 'Alan company name',
      legalOrganizationCode: '1',
      municipalityCode: '68679',
    },
    items,
  };
}
