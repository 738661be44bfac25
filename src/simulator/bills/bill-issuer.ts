import { INC, IVA } from '../catalogs/dian-codes';
import type { SimulatorCompany } from '../company/simulator-company';
import { validationFailed } from '../core/laravel-validation';
import type { SimResponse } from '../core/sim-route';
import type { BillingState } from '../billing-state';
import type { NumberingRange } from '../ranges/numbering-ranges';
import type { BillRequest } from './bill-request';
import type { NoteDetails, StoredDocument } from './bill-store';
import type { BillTotals } from './bill-totals';
import { validateDocument } from './bill-validation';
import { documentView, ViewContext } from './bill-view';
import { cude, SIMULATOR_SOFTWARE_PIN } from './cude';
import { cufe, UniqueCodeFields } from './cufe';
import {
  customerNotices,
  DEFAULT_REJECTION,
  EXPIRED_RANGE_REJECTION,
  rejection,
  RULE_90,
} from './dian-messages';
import type { DianOutcome } from './dian-outcomes';
import type { DocumentKind } from './document-kind';
import { BOGOTA_UTC_OFFSET, bogotaIsoDate, bogotaTime } from './factus-dates';
import { amount, ZERO } from './money';

/**
 * `POST /v2/bills/validate`, `/v2/credit-notes/validate`, `/v2/debit-notes/validate`: Factus
 * validates the fields, numbers the document from a range of its kind, computes its CUFE (invoice)
 * or CUDE (note) and sends it to DIAN in the same call (factus-api.md §2.2-2.4, §4.4-4.7). DIAN's
 * answer is the next queued outcome (validated unless a test queued something else; one queue for
 * every kind), except that a range whose resolution has ended is always rejected with FAB07b.
 *
 * DIAN's answer is always a 201 carrying the document (manejo-errores.md, v2): validated
 * (`is_validated: true`), pending (`false`, no "Rechazo") or rejected (`false` and a "Rechazo" in
 * `errors`). Rule 90 ("Documento procesado anteriormente", queued as `rule90`) leaves the document
 * not validated with that one line in `errors`, as a bare array of strings (the shape seen in
 * production, factus-api.md §4.5).
 *
 * `reference_code` is the idempotency key (per kind): a resend never creates a second document. A
 * pending document is re-queried at DIAN (the next outcome), a rejected one repeats its rejection,
 * and a validated one is answered as it is with DIAN's rule 90 added to its `errors`: sent to DIAN
 * again, DIAN says it already holds it. (Assumption: Factus does not document a resend of a
 * validated document; integrators report rule 90 for documents DIAN already holds.) Any other pending or rejected document of the same
 * kind blocks new ones of that kind with 409 until it is validated or deleted (a pending credit
 * note blocks credit notes, not invoices or debit notes). A new document consumes one document of
 * the subscription; with none left (or the subscription expired) it is refused with 402.
 */
export interface IssueContext extends ViewContext {
  billing: BillingState;
}

/** "2" = pruebas (habilitación): every simulated document is a test-environment document. */
const TEST_ENVIRONMENT = '2';

export function issueDocument(
  kind: DocumentKind,
  body: unknown,
  context: IssueContext,
): SimResponse {
  const { billing, company } = context;
  const store = billing.documents(kind);
  const now = billing.state.clock();
  const validation = validateDocument(kind, body, {
    ranges: billing.ranges,
    today: bogotaIsoDate(now),
    findBill: (number) => billing.bills.byNumber(company.id, number),
    findSupportDocument: (number) => billing.supportDocuments.byNumber(company.id, number),
  });
  if (!validation.ok) {
    return { ...validationFailed(validation.errors), log: { referenceCode: referenceOf(body) } };
  }
  const { request, range, totals, note } = validation;
  const log = { referenceCode: request.referenceCode };

  const existing = store.byReference(company.id, request.referenceCode);
  if (existing) {
    if (existing.status === 'validated') return { ...answer(existing, context, RULE_90), log };
    if (existing.status === 'pending') settle(existing, billing.dian.next(), now);
    return { ...answer(existing, context), log };
  }

  const unpaid = billing.subscription.refusal();
  if (unpaid) return { ...unpaid, log };

  if (store.blocking(company.id, request.referenceCode)) {
    return {
      status: 409,
      body: {
        status: 'Conflict',
        message: `Se encontró ${kind.masculine ? 'un' : 'una'} ${kind.noun.toLowerCase()} pendiente por enviar a la DIAN`,
      },
      log,
    };
  }

  const document = register(kind, { request, range, totals, note }, company, context, now);
  billing.subscription.consume();
  const outcome: DianOutcome = billing.ranges.isExpired(range)
    ? { outcome: 'rejected', ...EXPIRED_RANGE_REJECTION }
    : billing.dian.next();
  settle(document, outcome, now);
  return { ...answer(document, context), log };
}

interface Validated {
  request: BillRequest;
  range: NumberingRange;
  totals: BillTotals;
  note: NoteDetails | null;
}

/**
 * Numbers the document, computes its CUFE / CUDE and stores it (pending until DIAN's answer
 * settles it).
 */
function register(
  kind: DocumentKind,
  { request, range, totals, note }: Validated,
  company: SimulatorCompany,
  context: IssueContext,
  now: number,
): StoredDocument {
  const store = context.billing.documents(kind);
  const { number } = context.billing.ranges.takeNumber(range);
  const issueDate = bogotaIsoDate(now);
  const issueTime = request.createdTime ?? bogotaTime(now);
  const fields: UniqueCodeFields = {
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
    environment: TEST_ENVIRONMENT,
  };
  const document: StoredDocument = {
    kind,
    id: store.nextId(),
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
    // Assumption: the CUDS of a support document or adjustment note (DIAN's Anexo técnico del
    // documento soporte) is hashed as a CUDE is, with the software PIN; the provider's
    // identification takes the customer's place.
    uniqueCode:
      kind.uniqueCode === 'cufe'
        ? cufe({ ...fields, technicalKey: range.technicalKey ?? '' })
        : cude({ ...fields, softwarePin: SIMULATOR_SOFTWARE_PIN }),
    issueDate,
    issueTime,
    createdAt: now,
    validatedAt: null,
    errors: {},
    rejectionAsList: false,
    emails: { day: issueDate, count: 0 },
    note,
  };
  store.add(document);
  return document;
}

/** Applies DIAN's answer to a stored document. */
function settle(document: StoredDocument, outcome: DianOutcome, now: number): void {
  switch (outcome.outcome) {
    case 'validated':
      document.status = 'validated';
      document.validatedAt = now;
      document.errors = customerNotices(document.request.customer);
      document.rejectionAsList = false;
      return;
    case 'pending':
      document.status = 'pending';
      document.errors = {};
      document.rejectionAsList = false;
      return;
    case 'rejected': {
      const rule = outcome.rule ?? DEFAULT_REJECTION.rule;
      document.status = 'rejected';
      document.errors = { [rule]: rejection(rule, outcome.message ?? DEFAULT_REJECTION.message) };
      document.rejectionAsList = false;
      return;
    }
    case 'rule90':
      // Not validated in Factus, not rejected: DIAN holds it. It stays unfinished (and blocks).
      document.status = 'pending';
      document.errors = { '90': RULE_90 };
      document.rejectionAsList = true;
      return;
  }
}

/**
 * The HTTP answer for a document in its current state: always 201 with the document, whatever DIAN
 * said (the documented path; a rejection is read from `is_validated` and `errors`).
 * `resendNotice` is a DIAN line added to this answer only (rule 90 on a resend).
 */
function answer(
  document: StoredDocument,
  context: ViewContext,
  resendNotice?: string,
): SimResponse {
  const reference = document.referenceCode;
  const message = {
    validated: `Documento con el código de referencia ${reference} registrado y validado con éxito`,
    pending: `Documento con el código de referencia ${reference} registrado, pendiente de validación en la DIAN`,
    rejected: `Documento con el código de referencia ${reference} registrado, rechazado por la DIAN`,
  }[document.status];
  const data = documentView(document, context);
  if (resendNotice !== undefined) data.errors = { ...document.errors, '90': resendNotice };
  return { status: 201, body: { status: 'Created', message, data } };
}

function referenceOf(body: unknown): string | undefined {
  if (!body || typeof body !== 'object') return undefined;
  const reference = (body as Record<string, unknown>).reference_code;
  return typeof reference === 'string' ? reference : undefined;
}
