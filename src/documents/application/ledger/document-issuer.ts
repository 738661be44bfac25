import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ProviderSession } from '../../../auth/domain/provider-session';
import { CLOCK, Clock } from '../../../common/domain/clock';
import type { Dec } from '../../../common/domain/decimal';
import { LEDGER_CONFIG, LedgerConfig } from '../../../config/config-tokens';
import { DOCUMENT_GATEWAY, DocumentGateway } from '../../domain/document-gateway.port';
import {
  CreditCheck,
  DOCUMENT_LEDGER,
  DocumentLedger,
  LedgerRecord,
  NewLedgerDocument,
} from '../../domain/document-ledger.port';
import type { DocumentType } from '../../domain/document-type';
import { DocumentRejectedError } from '../../domain/document.errors';
import type { IssuedDocument } from '../../domain/issued-document';
import { DocumentIssueFailedError, ReferenceCodeReusedError } from '../../domain/ledger.errors';
import { isSettled } from '../../domain/ledger-state';
import { AccountSessions } from './account-sessions';
import { fingerprintOf } from './canonical-request';
import { WAITING_FOR_TOKEN } from './ledger-errors';
import { LedgerWorker, Settlement } from './ledger-worker';

export interface IssueRequest<TDraft, TIssued extends IssuedDocument> {
  type: DocumentType<TDraft, TIssued>;
  draft: TDraft & { referenceCode: string };
  /** The document's total (notes count it against their invoice). */
  amount?: Dec;
  /** Notes: the invoice they correct. */
  referencedNumber?: string;
  /** Credit notes: refuses the note inside the invoice's lock (see DocumentLedger.admitCredit). */
  creditCheck?: CreditCheck;
  /** `Prefer: respond-async`: answer with the record at once. */
  respondAsync: boolean;
}

/**
 * How long a new document is left to the request that admitted it before the worker may take
 * it: the request claims it within milliseconds; the worker taking it first would turn a quick
 * 201 into a wait (and, past SYNC_WAIT_MS, a 202).
 */
const HANDOFF_MS = 5_000;

/** The provider's document (201 validated / 202 pending), or the ledger record (202, follow it). */
export type IssueAnswer<TIssued> =
  { kind: 'document'; document: TIssued } | { kind: 'record'; record: LedgerRecord };

/**
 * Issues a document through the ledger: records it before anything is sent (or finds it under its
 * reference: same data → that document, other data → REFERENCE_CODE_REUSED), sends it at once in
 * this request when it can, and waits for DIAN's answer up to SYNC_WAIT_MS. Whatever is not
 * settled by then — an outage, DIAN slow — goes on in the worker, and the caller gets the record.
 */
@Injectable()
export class DocumentIssuer {
  private readonly logger = new Logger(DocumentIssuer.name);

  constructor(
    @Inject(DOCUMENT_LEDGER) private readonly ledger: DocumentLedger,
    @Inject(DOCUMENT_GATEWAY) private readonly gateway: DocumentGateway,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly worker: LedgerWorker,
    private readonly sessions: AccountSessions,
  ) {}

  async issue<TDraft, TIssued extends IssuedDocument>(
    request: IssueRequest<TDraft, TIssued>,
    session: ProviderSession,
  ): Promise<IssueAnswer<TIssued>> {
    const { type } = request;
    this.sessions.remember(session);
    const document = this.newDocument(request, session);
    const now = this.clock.now();
    const admission = request.creditCheck
      ? await this.ledger.admitCredit(document, now, request.creditCheck)
      : await this.ledger.admit(document, now);
    let record = admission.record;
    if (admission.outcome === 'existing') {
      const current = await this.reconcile(record, document, type);
      if (current.kind === 'answer') return current.answer as IssueAnswer<TIssued>;
      record = current.record;
    }
    const options = {
      followUp: record.state === 'pending_dian',
      // It waited for this caller's token, which this request brings: send it now.
      resume: record.state === 'queued' && record.lastError?.code === WAITING_FOR_TOKEN,
    };
    if (request.respondAsync) {
      this.sendInBackground(record.id, options);
      return { kind: 'record', record };
    }
    const deadline = now.getTime() + this.config.syncWaitMs;
    const settlement =
      (await this.worker.runNow(record.id, options)) ?? (await this.waitFor(record.id, deadline));
    return this.answer(type, record.id, settlement, session, deadline);
  }

  private newDocument<TDraft, TIssued extends IssuedDocument>(
    request: IssueRequest<TDraft, TIssued>,
    session: ProviderSession,
  ): NewLedgerDocument {
    const encoded = this.gateway.encode(request.type, request.draft);
    return {
      accountKey: session.accountKey,
      documentType: request.type.key,
      referenceCode: request.draft.referenceCode,
      fingerprint: fingerprintOf(encoded),
      request: encoded,
      ...(request.referencedNumber ? { referencedNumber: request.referencedNumber } : {}),
      ...(request.amount ? { amount: request.amount } : {}),
      // This request sends it at once; the worker steps in only if it never did (it died).
      workerAfter: new Date(this.clock.now().getTime() + HANDOFF_MS),
    };
  }

  /**
   * The reference was received before. Same data: that document (a validated one is read from
   * Factus; a rejected one answers its rejection; a failed one is tried again). Other data: only
   * a rejected document already deleted at Factus may be replaced (corrected) — anything else may
   * still be held by Factus under this reference, so a new body there is a reuse.
   */
  private async reconcile(
    existing: LedgerRecord,
    incoming: NewLedgerDocument,
    type: DocumentType,
  ): Promise<
    | { kind: 'record'; record: LedgerRecord }
    | { kind: 'answer'; answer: IssueAnswer<IssuedDocument> }
  > {
    const same = existing.fingerprint === incoming.fingerprint;
    const replaceable = existing.state === 'rejected' && existing.cleanup === 'done';
    if (!same && !replaceable) throw new ReferenceCodeReusedError(existing, type);
    if (same && existing.state === 'rejected') throw rejectionOf(existing, type);
    if (!same || existing.state === 'failed') {
      const reason = same ? 'sent again by its caller' : 'corrected and sent again by its caller';
      const reopened = await this.ledger.resubmit(existing.id, incoming, this.clock.now(), reason);
      // Another request reopened it first: follow that one.
      return { kind: 'record', record: reopened ?? existing };
    }
    return { kind: 'record', record: existing };
  }

  private sendInBackground(id: string, options: { followUp: boolean; resume: boolean }): void {
    void this.worker.runNow(id, options).then(
      (settlement) => {
        if (!settlement) this.worker.kick();
      },
      (error: unknown) => {
        this.logger.warn(`Background send of ${id} failed to start: ${String(error)}`);
        this.worker.kick();
      },
    );
  }

  /** Waits for an outcome recorded by this process or another replica, until the deadline. */
  private async waitFor(id: string, deadline: number): Promise<Settlement | undefined> {
    this.worker.kick();
    for (;;) {
      // Settled already (a replay of a finished document, or another replica was faster)?
      const record = await this.ledger.findById(id);
      if (record && (isSettled(record.state) || record.state === 'pending_dian'))
        return { state: record.state };
      const left = deadline - this.clock.now().getTime();
      if (left <= 0) return undefined;
      // Woken by this process's worker at once; another replica's outcome is seen by polling.
      const settlement = await this.worker.nextSettlement(id, Math.min(left, 250));
      if (settlement && settlement.state !== 'queued') return settlement;
    }
  }

  private async answer<TIssued extends IssuedDocument>(
    type: DocumentType<unknown, TIssued>,
    id: string,
    settlement: Settlement | undefined,
    session: ProviderSession,
    deadline: number,
  ): Promise<IssueAnswer<TIssued>> {
    if (settlement && !settlement.leaseLost) {
      if (
        settlement.document &&
        (settlement.state === 'validated' || settlement.state === 'pending_dian')
      )
        return { kind: 'document', document: settlement.document as TIssued };
      if (settlement.error && (settlement.state === 'rejected' || settlement.state === 'failed'))
        throw asError(settlement.error);
    }
    if (settlement?.state === 'queued') {
      // An outage: the worker goes on with it; this caller waits for it until the deadline.
      return this.answer(type, id, await this.waitFor(id, deadline), session, deadline);
    }
    const record = await this.ledger.findById(id, { history: true });
    if (!record) throw new Error(`ledger record ${id} vanished`);
    if (record.state === 'validated' && record.number)
      return { kind: 'document', document: await this.gateway.get(type, record.number, session) };
    if (record.state === 'rejected') throw rejectionOf(record, type);
    if (record.state === 'failed') throw new DocumentIssueFailedError(record, type);
    return { kind: 'record', record };
  }
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function rejectionOf(record: LedgerRecord, type: DocumentType): DocumentRejectedError {
  return new DocumentRejectedError(record.referenceCode, record.dianMessages, type, {
    deletedAtFactus: record.cleanup === 'done',
  });
}
