import { INC, IVA } from '../catalogs/dian-codes';
import type { SimulatorCompany } from '../company/simulator-company';
import { validationFailed } from '../core/laravel-validation';
import type { SimResponse } from '../core/sim-route';
import type { BillingState } from '../billing-state';
import type { NumberingRange } from '../ranges/numbering-ranges';
import type { BillRequest } from './bill-request';
import type { StoredBill } from './bill-store';
import type { BillTotals } from './bill-totals';
import { validateBill } from './bill-validation';
import { billView, ViewContext } from './bill-view';
import { cufe } from './cufe';
import {
  customerNotices,
  DEFAULT_REJECTION,
  EXPIRED_RANGE_REJECTION,
  rejection,
  RULE_90,
} from './dian-messages';
import type { DianOutcome } from './dian-outcomes';
import { BOGOTA_UTC_OFFSET, bogotaIsoDate, bogotaTime } from './factus-dates';
import { amount, ZERO } from './money';

/**
 * `POST /v2/bills/validate`: Factus validates the fields, numbers the document, computes its CUFE
 * and sends it to DIAN in the same call (factus-api.md §2.2, §4.4-4.7). DIAN's answer is the next
 * queued outcome (validated unless a test queued something else), except that a range whose
 * resolution has ended is always rejected with FAB07b.
 *
 * `reference_code` is the idempotency key: a resend never creates a second document. A pending
 * document is re-queried at DIAN (the next outcome), a validated one is answered again as it is,
 * a rejected one repeats its rejection. Any other pending or rejected document blocks new ones
 * with 409 until it is validated or deleted. A new document consumes one document of the
 * subscription; with none left (or the subscription expired) it is refused with 402.
 */
export interface IssueContext extends ViewContext {
  billing: BillingState;
}

/** "2" = pruebas (habilitación): every simulated document is a test-environment document. */
const TEST_ENVIRONMENT = '2';

export function issueBill(body: unknown, context: IssueContext): SimResponse {
  const { billing, company } = context;
  const now = billing.state.clock();
  const validation = validateBill(body, { ranges: billing.ranges, today: bogotaIsoDate(now) });
  if (!validation.ok) {
    return { ...validationFailed(validation.errors), log: { referenceCode: referenceOf(body) } };
  }
  const { request, range, totals } = validation;
  const log = { referenceCode: request.referenceCode };

  const existing = billing.bills.byReference(company.id, request.referenceCode);
  if (existing) {
    if (existing.status === 'pending') settle(existing, billing.dian.next(), now);
    return { ...answer(existing, context), log };
  }

  const unpaid = billing.subscription.refusal();
  if (unpaid) return { ...unpaid, log };

  if (billing.bills.blocking(company.id, request.referenceCode)) {
    return {
      status: 409,
      body: {
        status: 'Conflict',
        message: 'Se encontró una factura pendiente por enviar a la DIAN',
      },
      log,
    };
  }

  const bill = register(request, range, totals, company, context, now);
  billing.subscription.consume();
  const outcome: DianOutcome = billing.ranges.isExpired(range)
    ? { outcome: 'rejected', ...EXPIRED_RANGE_REJECTION }
    : billing.dian.next();
  settle(bill, outcome, now);
  return { ...answer(bill, context), log };
}

/** Numbers the document, computes its CUFE and stores it (pending until DIAN's answer settles it). */
function register(
  request: BillRequest,
  range: NumberingRange,
  totals: BillTotals,
  company: SimulatorCompany,
  context: IssueContext,
  now: number,
): StoredBill {
  const { number } = context.billing.ranges.takeNumber(range);
  const issueDate = bogotaIsoDate(now);
  const issueTime = request.createdTime ?? bogotaTime(now);
  const bill: StoredBill = {
    id: context.billing.bills.nextId(),
    companyId: company.id,
    referenceCode: request.referenceCode,
    number,
    range: {
      id: range.id,
      prefix: range.prefix,
      from: range.from,
      to: range.to,
      resolutionNumber: range.resolutionNumber,
      startDate: range.startDate,
      endDate: range.endDate,
    },
    request,
    totals,
    status: 'pending',
    cufe: cufe({
      number,
      issueDate,
      issueTime: `${issueTime}${BOGOTA_UTC_OFFSET}`,
      grossAmount: amount(totals.grossAmount),
      ivaAmount: amount(totals.taxByTribute[IVA] ?? ZERO),
      incAmount: amount(totals.taxByTribute[INC] ?? ZERO),
      icaAmount: amount(ZERO),
      total: amount(totals.total),
      issuerNit: company.nit,
      customerIdentification: request.customer.identification,
      technicalKey: range.technicalKey ?? '',
      environment: TEST_ENVIRONMENT,
    }),
    issueDate,
    issueTime,
    createdAt: now,
    validatedAt: null,
    errors: {},
    rejectionAsList: false,
    emails: { day: issueDate, count: 0 },
  };
  context.billing.bills.add(bill);
  return bill;
}

/** Applies DIAN's answer to a stored document. */
function settle(bill: StoredBill, outcome: DianOutcome, now: number): void {
  switch (outcome.outcome) {
    case 'validated':
      bill.status = 'validated';
      bill.validatedAt = now;
      bill.errors = customerNotices(bill.request.customer);
      bill.rejectionAsList = false;
      return;
    case 'pending':
      bill.status = 'pending';
      bill.errors = {};
      return;
    case 'rejected': {
      const rule = outcome.rule ?? DEFAULT_REJECTION.rule;
      bill.status = 'rejected';
      bill.errors = { [rule]: rejection(rule, outcome.message ?? DEFAULT_REJECTION.message) };
      bill.rejectionAsList = false;
      return;
    }
    case 'rule90':
      bill.status = 'rejected';
      bill.errors = { '90': RULE_90 };
      bill.rejectionAsList = true;
      return;
  }
}

/** The HTTP answer for a document in its current state. */
function answer(bill: StoredBill, context: ViewContext): SimResponse {
  const reference = bill.referenceCode;
  if (bill.status === 'rejected') {
    const message = 'El documento contiene errores de validación';
    const errors = bill.rejectionAsList ? Object.values(bill.errors) : bill.errors;
    return {
      status: 422,
      body: { status: 'Validation error', message, data: { message, errors } },
    };
  }
  const message =
    bill.status === 'validated'
      ? `Documento con el código de referencia ${reference} registrado y validado con éxito`
      : `Documento con el código de referencia ${reference} registrado, pendiente de validación en la DIAN`;
  return { status: 201, body: { status: 'Created', message, data: billView(bill, context) } };
}

function referenceOf(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const reference = (body as Record<string, unknown>).reference_code;
  return typeof reference === 'string' ? reference : undefined;
}
