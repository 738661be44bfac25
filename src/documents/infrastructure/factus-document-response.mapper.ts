import { ZERO } from '../../common/domain/decimal';
import type { WireCodeName } from '../../factus/wire';
import type {
  CodeName,
  DianMessage,
  DocumentStatus,
  DocumentSummary,
  IssuedDocument,
  IssuedItem,
  IssuedItemTax,
} from '../domain/issued-document';
import type { FactusDocumentRowWire, FactusDocumentWire } from './factus-document.answer';
import { rejectionsOf } from '../domain/dian-rule-90';
import { parseDianMessages } from './factus-dian-messages';

type WireItem = NonNullable<FactusDocumentWire['items']>[number];
type WireTax = NonNullable<WireItem['taxes']>[number];
type WireRate = NonNullable<WireTax['rates']>[number];
type WireCustomer = NonNullable<FactusDocumentWire['customer']>;

/** A parsed Factus document `data` (create or show) → what every issued document has. */
export function fromFactusDocument(data: FactusDocumentWire): IssuedDocument {
  const dianMessages = parseDianMessages(data.errors);
  const customer: Partial<WireCustomer> = data.customer ?? {};
  const { totals } = data;
  return {
    number: data.number,
    referenceCode: data.reference_code,
    status: statusOf(data.is_validated ?? data.status, dianMessages),
    validatedAt: data.validated_at,
    createdAt: data.created_at,
    dianMessages,
    totals: {
      grossAmount: totals.gross_amount ?? ZERO,
      taxableAmount: totals.taxable_amount ?? ZERO,
      taxAmount: totals.tax_amount ?? ZERO,
      surchargeAmount: totals.surcharge_amount ?? ZERO,
      prepaymentAmount: totals.prepayment_amount ?? ZERO,
      total: totals.total,
    },
    customer: {
      identificationDocument: codeName(customer.identification_document),
      identification: customer.identification ?? '',
      dv: customer.dv,
      graphicRepresentationName: customer.graphic_representation_name,
      company: customer.company,
      tradeName: customer.trade_name,
      names: customer.names,
      address: customer.address,
      email: customer.email,
      phone: customer.phone,
      legalOrganization: codeName(customer.legal_organization),
      tribute: codeName(customer.tribute),
      country: codeName(customer.country),
      municipality: codeName(customer.municipality),
    },
    items: (data.items ?? []).map(toItem),
    paymentDetails: (data.payment_details ?? []).map((p) => ({
      paymentForm: codeName(p.payment_form),
      paymentMethod: codeName(p.payment_method),
      referenceCode: p.reference_code,
      amount: p.amount,
      dueDate: p.due_date,
    })),
    observation: data.observation,
    links: {
      qr: data.links?.qr ?? data.qr,
      publicUrl: data.links?.public_url ?? data.public_url,
    },
  };
}

function toItem(item: WireItem): IssuedItem {
  return {
    codeReference: item.code_reference ?? '',
    name: item.name ?? '',
    quantity: item.quantity,
    price: item.price,
    discountRate: item.discount_rate ?? ZERO,
    discount: item.discount ?? ZERO,
    grossValue: item.gross_value ?? ZERO,
    unitMeasure: codeName(item.unit_measure),
    standardCode: codeName(item.standard_code),
    taxes: (item.taxes ?? []).flatMap(toTaxes),
    total: item.total,
    note: item.note,
  };
}

/** One entry per rate: Factus groups the rates of one tribute under it. */
function toTaxes(tax: WireTax): IssuedItemTax[] {
  const tribute = codeName(tax.tribute);
  const rates: Partial<WireRate>[] = tax.rates?.length ? tax.rates : [{}];
  return rates.map((rate) => ({
    code: tribute?.code ?? '',
    name: tribute?.name ?? '',
    isExcluded: tax.is_excluded === true,
    rate: rate.rate,
    taxableAmount: rate.taxable_amount ?? ZERO,
    taxAmount: rate.tax_amount ?? ZERO,
  }));
}

/** A list row, flat or with its party nested (see factusDocumentRow). */
export function fromFactusDocumentRow(row: FactusDocumentRowWire): DocumentSummary {
  const dianMessages = parseDianMessages(row.errors);
  const party: Partial<NonNullable<FactusDocumentRowWire['customer']>> =
    row.customer ?? row.provider ?? {};
  const filled = (...values: (string | undefined)[]) =>
    values.find((v) => v !== undefined && v !== '');
  return {
    number: row.number,
    referenceCode: row.reference_code,
    status: statusOf(row.is_validated ?? row.status, dianMessages),
    identification: filled(row.identification, party.identification),
    customerName: filled(
      row.graphic_representation_name,
      row.company,
      row.names,
      party.graphic_representation_name,
      party.company,
      party.names,
      party.trade_name,
    ),
    email: filled(row.email, party.email),
    total: row.total,
    dianMessages,
    validatedAt: row.validated_at,
    createdAt: row.created_at,
  };
}

/**
 * manejo-errores.md (v2): validated when `is_validated` is true; otherwise rejected when `errors`
 * holds a "Rechazo", else still pending. Rule 90 is not a rejection (dian-rule-90.ts): a document
 * not validated whose only "Rechazo" is rule 90 reads as pending, never as rejected.
 */
export function statusOf(validated: unknown, dianMessages: readonly DianMessage[]): DocumentStatus {
  if (validated === true || validated === 1 || validated === '1' || validated === 'true')
    return 'validated';
  return rejectionsOf(dianMessages).length > 0 ? 'rejected' : 'pending';
}

/** Our code/name pair: a name Factus left out reads as "". */
export function codeName(value: WireCodeName | undefined): CodeName | undefined {
  return value && { code: value.code, name: value.name ?? '' };
}
