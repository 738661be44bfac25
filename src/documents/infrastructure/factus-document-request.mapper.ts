import { toAmountString } from '../../common/domain/decimal';
import type { Dec } from '../../common/domain/decimal';
import type {
  Customer,
  DocumentDraft,
  DocumentItem,
  PaymentDetail,
} from '../domain/document-draft';
import type { FactusDocumentRequest } from './factus-document.wire';

/** Factus v2 wants every number as a string with at most two decimals. */
const amount = (value: Dec): string => toAmountString(value);

/** Our camelCase document → the Factus v2 `…/validate` body (bills and notes). Absent optionals stay absent. */
export function toFactusDocumentRequest(draft: DocumentDraft): FactusDocumentRequest {
  return compact({
    reference_code: draft.referenceCode,
    document: draft.document,
    numbering_range_id: draft.numberingRangeId,
    operation_type: draft.operationType,
    observation: draft.observation,
    send_email: draft.sendEmail,
    created_time: draft.createdTime,
    payment_details: draft.paymentDetails.map(toFactusPayment),
    cash_rounding_amount: draft.cashRoundingAmount && amount(draft.cashRoundingAmount),
    prepayment_details: draft.prepaymentDetails?.map((p) =>
      compact({
        reference_code: p.referenceCode,
        received_date: p.receivedDate,
        amount: amount(p.amount),
        note: p.note,
      }),
    ),
    currency: draft.currency && {
      type: draft.currency.type,
      exchange_rate: amount(draft.currency.exchangeRate),
    },
    order_reference:
      draft.orderReference &&
      compact({
        reference_code: draft.orderReference.referenceCode,
        issue_date: draft.orderReference.issueDate,
      }),
    billing_period:
      draft.billingPeriod &&
      compact({
        start_date: draft.billingPeriod.startDate,
        start_time: draft.billingPeriod.startTime,
        end_date: draft.billingPeriod.endDate,
        end_time: draft.billingPeriod.endTime,
      }),
    related_documents: draft.relatedDocuments?.map((d) => ({
      code: d.code,
      issue_date: d.issueDate,
      number: d.number,
    })),
    establishment: draft.establishment && {
      name: draft.establishment.name,
      address: draft.establishment.address,
      phone_number: draft.establishment.phoneNumber,
      email: draft.establishment.email,
      municipality_code: draft.establishment.municipalityCode,
    },
    // Notes may leave the customer out: Factus then takes the referenced invoice's.
    customer: draft.customer && toFactusCustomer(draft.customer),
    items: draft.items.map(toFactusItem),
    allowance_charges: draft.allowanceCharges?.map((a) => ({
      concept_type: a.conceptType,
      is_surcharge: a.isSurcharge,
      reason: a.reason,
      base_amount: amount(a.baseAmount),
      amount: amount(a.amount),
    })),
  });
}

type WireItem = FactusDocumentRequest['items'][number];
type WirePayment = FactusDocumentRequest['payment_details'][number];

function toFactusPayment(p: PaymentDetail): WirePayment {
  return compact({
    payment_form: p.paymentForm,
    payment_method_code: p.paymentMethodCode,
    reference_code: p.referenceCode,
    amount: amount(p.amount),
    due_date: p.dueDate,
  });
}

function toFactusItem(item: DocumentItem): WireItem {
  return compact({
    code_reference: item.codeReference,
    name: item.name,
    quantity: amount(item.quantity),
    discount_rate: item.discountRate && amount(item.discountRate),
    discount_amount: item.discountAmount && amount(item.discountAmount),
    price: amount(item.price),
    unit_measure_code: item.unitMeasureCode,
    standard_code: item.standardCode,
    taxes: item.taxes.map((tax) =>
      tax.isExcluded ? { is_excluded: true as const } : { code: tax.code, rate: amount(tax.rate) },
    ),
    withholding_taxes: item.withholdingTaxes?.map((w) => ({
      code: w.code,
      rate: amount(w.rate),
    })),
    note: item.note,
    scheme_id: item.schemeId,
    mandate: item.mandate && {
      identification_document_code: item.mandate.identificationDocumentCode,
      identification: item.mandate.identification,
    },
  });
}

/**
 * Drops undefined members: Factus treats an optional object that is sent as fully required
 * ("optional objects become fully required once sent"), so absent must mean absent on the wire.
 */
function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

function toFactusCustomer(customer: Customer): FactusDocumentRequest['customer'] {
  return compact({
    identification_document_code: customer.identificationDocumentCode,
    identification: customer.identification,
    dv: customer.dv,
    company: customer.company,
    trade_name: customer.tradeName,
    names: customer.names,
    address: customer.address,
    email: customer.email,
    phone: customer.phone,
    legal_organization_code: customer.legalOrganizationCode,
    tribute_code: customer.tributeCode,
    country_code: customer.countryCode,
    municipality_code: customer.municipalityCode,
    responsibilities: customer.responsibilities,
  });
}
