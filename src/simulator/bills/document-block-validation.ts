import { CREDIT_PAYMENT_FORM, PAYMENT_FORMS, PAYMENT_METHODS } from '../catalogs/dian-codes';
import { msg } from '../core/laravel-validation';
import type {
  BillingPeriodRequest,
  BillRequest,
  PaymentDetailRequest,
  PrepaymentRequest,
} from './bill-request';
import { FieldReader, JsonObject } from './field-reader';

/**
 * The readers of a document's blocks (bill-validation.ts): payment details, prepayments, currency,
 * order reference, billing period and related documents. Each adds its failures to the reader's
 * errors, keyed by dotted path.
 */

export function readPaymentDetails(
  f: FieldReader,
  root: JsonObject,
  today: string,
): PaymentDetailRequest[] | undefined {
  const list = f.array(root, 'payment_details', 'payment_details', {
    required: true,
    nonEmpty: true,
  });
  const result: PaymentDetailRequest[] = [];
  for (const [entry, i] of f.elements(list)) {
    const p = `payment_details.${i}`;
    const paymentForm = f.code(entry, 'payment_form', `${p}.payment_form`, PAYMENT_FORMS, {
      required: true,
    });
    const paymentMethodCode = f.code(
      entry,
      'payment_method_code',
      `${p}.payment_method_code`,
      PAYMENT_METHODS,
      { required: true },
    );
    const referenceCode = f.string(entry, 'reference_code', `${p}.reference_code`) ?? null;
    const paid = f.money(entry, 'amount', `${p}.amount`, { required: true, min: 0 });
    let dueDate = f.date(entry, 'due_date', `${p}.due_date`) ?? null;
    if (paymentForm === CREDIT_PAYMENT_FORM && dueDate === null && !f.errors.has(`${p}.due_date`)) {
      f.errors.add(
        `${p}.due_date`,
        msg.requiredIf(`${p}.due_date`, `${p}.payment_form`, CREDIT_PAYMENT_FORM),
      );
    }
    // Assumption: the v2 pages do not say a due date may not be in the past; the simulator refuses
    // one (Laravel's `after_or_equal:today`) because an e-invoice due before it is issued makes no
    // sense and this service checks the same locally. Real Factus may accept it.
    if (dueDate !== null && dueDate < today) {
      f.errors.add(
        `${p}.due_date`,
        `El campo ${p}.due_date debe ser una fecha posterior o igual a ${today}.`,
      );
      dueDate = null;
    }
    if (paymentForm && paymentMethodCode && paid) {
      result.push({ paymentForm, paymentMethodCode, referenceCode, amount: paid, dueDate });
    }
  }
  return list ? result : undefined;
}

export function readPrepayments(f: FieldReader, root: JsonObject): PrepaymentRequest[] {
  const list = f.array(root, 'prepayment_details', 'prepayment_details');
  const result: PrepaymentRequest[] = [];
  for (const [entry, i] of f.elements(list)) {
    const p = `prepayment_details.${i}`;
    const referenceCode = f.string(entry, 'reference_code', `${p}.reference_code`, {
      required: true,
    });
    const receivedDate = f.date(entry, 'received_date', `${p}.received_date`, { required: true });
    const paid = f.money(entry, 'amount', `${p}.amount`, { required: true, min: 0 });
    const note = f.string(entry, 'note', `${p}.note`, { max: 5000 }) ?? null;
    if (referenceCode && receivedDate && paid) {
      result.push({ referenceCode, receivedDate, amount: paid, note });
    }
  }
  return result;
}

export function readCurrency(f: FieldReader, root: JsonObject): BillRequest['currency'] {
  const currency = f.object(root, 'currency', 'currency');
  if (!currency) return null;
  const type = f.string(currency, 'type', 'currency.type', { required: true });
  if (type !== undefined && (!/^[A-Z]{3}$/.test(type) || type === 'COP')) {
    f.errors.add('currency.type', msg.invalid('currency.type'));
  }
  const exchangeRate = f.money(currency, 'exchange_rate', 'currency.exchange_rate', {
    required: true,
    positive: true,
  });
  return type && exchangeRate ? { type, exchangeRate } : null;
}

export function readOrderReference(
  f: FieldReader,
  root: JsonObject,
): BillRequest['orderReference'] {
  const order = f.object(root, 'order_reference', 'order_reference');
  if (!order) return null;
  const referenceCode = f.string(order, 'reference_code', 'order_reference.reference_code', {
    required: true,
  });
  const issueDate = f.date(order, 'issue_date', 'order_reference.issue_date') ?? null;
  return referenceCode ? { referenceCode, issueDate } : null;
}

export function readBillingPeriod(f: FieldReader, root: JsonObject): BillingPeriodRequest | null {
  const period = f.object(root, 'billing_period', 'billing_period');
  if (!period) return null;
  const startDate = f.date(period, 'start_date', 'billing_period.start_date', { required: true });
  const startTime = f.time(period, 'start_time', 'billing_period.start_time') ?? null;
  const endDate = f.date(period, 'end_date', 'billing_period.end_date', { required: true });
  const endTime = f.time(period, 'end_time', 'billing_period.end_time') ?? null;
  if (startDate && endDate && endDate <= startDate) {
    // Factus's wording, captured from a real 422 (factus-api.md §4.4).
    f.errors.add(
      'billing_period.end_date',
      'El campo fecha de fin debe ser una fecha posterior a fecha de inicio.',
    );
    return null;
  }
  return startDate && endDate ? { startDate, startTime, endDate, endTime } : null;
}

export function readRelatedDocuments(
  f: FieldReader,
  root: JsonObject,
  document: string,
): BillRequest['relatedDocuments'] {
  const list = f.array(root, 'related_documents', 'related_documents');
  if (!list && document === '03') {
    f.errors.add('related_documents', msg.requiredIf('related_documents', 'document', '03'));
  }
  const result: BillRequest['relatedDocuments'] = [];
  for (const [entry, i] of f.elements(list)) {
    const p = `related_documents.${i}`;
    const code = f.string(entry, 'code', `${p}.code`, { required: true });
    const issueDate = f.date(entry, 'issue_date', `${p}.issue_date`, { required: true });
    const number = f.string(entry, 'number', `${p}.number`, { required: true });
    if (code && issueDate && number) result.push({ code, issueDate, number });
  }
  return result;
}
