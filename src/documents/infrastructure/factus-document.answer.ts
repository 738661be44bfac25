import { z } from 'zod';
import {
  decimalAmount,
  factusEnvelope,
  factusPage,
  optionalCodeName,
  optionalDecimalAmount,
  optionalFactusCalendarDate,
  optionalFactusDateTime,
  optionalField,
  optionalLooseBoolean,
  optionalText,
  requiredText,
} from '../../factus/wire';

/**
 * The Factus v2 answers every sales document shares (bill, credit note, debit note), as schemas:
 * the service reads them through these, never through a cast. What the domain cannot do without
 * (number, reference, the amounts it shows) is required, so a Factus answer without it is a 502
 * naming the field. Blocks Factus leaves out when empty are optional. Unknown fields are ignored.
 */

const list = <T extends z.ZodType>(row: T) => optionalField(z.array(row));

const taxRate = z.object({
  rate: optionalDecimalAmount,
  taxable_amount: optionalDecimalAmount,
  tax_amount: optionalDecimalAmount,
});

const itemTax = z.object({
  tribute: optionalCodeName,
  is_excluded: optionalLooseBoolean,
  rates: list(taxRate),
});

const item = z.object({
  code_reference: optionalText,
  name: optionalText,
  quantity: decimalAmount,
  price: decimalAmount,
  discount_rate: optionalDecimalAmount,
  discount: optionalDecimalAmount,
  gross_value: optionalDecimalAmount,
  total: decimalAmount,
  note: optionalText,
  unit_measure: optionalCodeName,
  standard_code: optionalCodeName,
  taxes: list(itemTax),
});

const customer = z.object({
  identification_document: optionalCodeName,
  identification: optionalText,
  dv: optionalText,
  graphic_representation_name: optionalText,
  trade_name: optionalText,
  company: optionalText,
  names: optionalText,
  address: optionalText,
  email: optionalText,
  phone: optionalText,
  legal_organization: optionalCodeName,
  tribute: optionalCodeName,
  country: optionalCodeName,
  municipality: optionalCodeName,
});

const paymentDetail = z.object({
  payment_form: optionalCodeName,
  payment_method: optionalCodeName,
  reference_code: optionalText,
  amount: decimalAmount,
  /** `DD-MM-YYYY` in answers (factus-api.md corrections); read as `YYYY-MM-DD`. */
  due_date: optionalFactusCalendarDate,
});

/** Amounts Factus may leave out when they are nil (no surcharges, no prepayments). */
const totals = z.object({
  prepayment_amount: optionalDecimalAmount,
  gross_amount: optionalDecimalAmount,
  taxable_amount: optionalDecimalAmount,
  tax_amount: optionalDecimalAmount,
  surcharge_amount: optionalDecimalAmount,
  total: decimalAmount,
});

const links = z.object({ qr: optionalText, public_url: optionalText });

/** A document's `data` in a create or show answer; each type extends it with its own fields. */
export const factusDocumentFields = {
  number: requiredText,
  reference_code: requiredText,
  is_validated: optionalLooseBoolean,
  status: z.unknown().optional(),
  validated_at: optionalFactusDateTime,
  created_at: optionalFactusDateTime,
  /** DIAN's messages: an object keyed by rule, a list of strings, `{}` or null (factus-dian-messages). */
  errors: z.unknown().optional(),
  observation: optionalText,
  links: optionalField(links),
  qr: optionalText,
  public_url: optionalText,
  totals,
  customer: optionalField(customer),
  items: list(item),
  payment_details: list(paymentDetail),
};
export const factusDocumentSchema = z.object(factusDocumentFields);
export type FactusDocumentWire = z.output<typeof factusDocumentSchema>;

/** The party of a list row, nested as the only v2 list example gives it (adjustment notes). */
const rowParty = z.object({
  identification_document: optionalCodeName,
  identification: optionalText,
  graphic_representation_name: optionalText,
  trade_name: optionalText,
  company: optionalText,
  names: optionalText,
  email: optionalText,
});

/**
 * A row of `GET /v2/bills` (and of the note lists). The v2 bill and note list pages give no row
 * example; the only v2 list example (notas-ajuste-documentos-soporte/ver-y-filtrar) nests the
 * party (`provider: { identification_document, identification, names, … }`), gives `errors` as an
 * array, booleans and `validated_at`. Both that nesting (`customer` for sales documents, `provider`
 * as in the example) and the flat v1-style row are read.
 */
export const factusDocumentRow = z.object({
  number: requiredText,
  reference_code: requiredText,
  identification: optionalText,
  graphic_representation_name: optionalText,
  names: optionalText,
  company: optionalText,
  email: optionalText,
  customer: optionalField(rowParty),
  provider: optionalField(rowParty),
  total: decimalAmount,
  status: z.unknown().optional(),
  is_validated: optionalLooseBoolean,
  errors: z.unknown().optional(),
  validated_at: optionalFactusDateTime,
  created_at: optionalFactusDateTime,
});
export type FactusDocumentRowWire = z.output<typeof factusDocumentRow>;

export const DOCUMENT_LIST_ANSWER = factusEnvelope(factusPage(factusDocumentRow));

/** `download-pdf` / `download-xml`: the file, base64-encoded. */
export const DOCUMENT_FILE_ANSWER = factusEnvelope(
  z.object({
    file_name: optionalText,
    pdf_base_64_encoded: optionalText,
    xml_base_64_encoded: optionalText,
  }),
);
