import { officialExampleInvoice, uniqueReference } from './invoice-fixtures';

/**
 * A credit note voiding `billNumber` (correction concept 2) with the official example's lines:
 * 83 300, the whole of an official example invoice. As test/notes.e2e-spec.ts builds them.
 */
export function aFullCreditNote(billNumber: string, referenceCode = uniqueReference('NOTE')) {
  const {
    customer: _customer,
    document: _document,
    operationType: _operationType,
    numberingRangeId: _numberingRangeId,
    ...lines
  } = officialExampleInvoice();
  return { ...lines, referenceCode, correctionConceptCode: '2', billNumber };
}

/** A debit note on `billNumber` (correction concept 1, interest) with the same lines. */
export function aDebitNote(billNumber: string, referenceCode = uniqueReference('DEBIT')) {
  return { ...aFullCreditNote(billNumber, referenceCode), correctionConceptCode: '1' };
}
