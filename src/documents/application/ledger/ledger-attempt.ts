import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ProviderSession } from '../../../auth/domain/provider-session';
import { CLOCK, Clock } from '../../../common/domain/clock';
import { LEDGER_CONFIG, LedgerConfig } from '../../../config/config-tokens';
import { hasAlreadyProcessed } from '../../domain/dian-rule-90';
import { DOCUMENT_GATEWAY, DocumentGateway } from '../../domain/document-gateway.port';
import {
  DOCUMENT_LEDGER,
  DocumentLedger,
  LedgerClaim,
  LedgerOutcome,
  LedgerRecord,
} from '../../domain/document-ledger.port';
import { DOCUMENT_TYPES_BY_KEY, DocumentType } from '../../domain/document-type';
import {
  DocumentAlreadyProcessedError,
  DocumentRejectedError,
  PendingDocumentBlocksError,
} from '../../domain/document.errors';
import type { IssuedDocument } from '../../domain/issued-document';
import { retryDelayMs } from '../../domain/ledger-schedule';
import { followUpAt, giveUp } from './ledger-outcomes';
import { errorOf, isRetryable, RULE_90_CODE } from './ledger-errors';
import { trackIdOf } from './track-id';

/** What one attempt found: the outcome to record, and for the caller waiting on it, the answer. */
export interface AttemptResult {
  outcome: LedgerOutcome;
  /** The provider's document (validated or pending). */
  document?: IssuedDocument;
  /** Why it was rejected or given up (the error a synchronous caller gets). */
  error?: unknown;
}

/**
 * One send (or follow-up) of a claimed document and what it means for the ledger: DIAN's answer,
 * an outage to wait out, a rejection to clean up, a blocked account to unblock, or a refusal that
 * no retry will change. It never throws: every failure is an outcome.
 */
@Injectable()
export class LedgerAttempt {
  private readonly logger = new Logger(LedgerAttempt.name);

  constructor(
    @Inject(DOCUMENT_GATEWAY) private readonly gateway: DocumentGateway,
    @Inject(DOCUMENT_LEDGER) private readonly ledger: DocumentLedger,
    @Inject(LEDGER_CONFIG) private readonly config: LedgerConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run(claim: LedgerClaim, session: ProviderSession): Promise<AttemptResult> {
    const { record } = claim;
    const type = DOCUMENT_TYPES_BY_KEY[record.documentType];
    try {
      if (record.state === 'pending_dian') return await this.followUp(record, type, session);
      // An earlier send may have reached Factus (a lost answer, an owner that died): look first.
      if (record.attempts > 1 || claim.takenOverFrom) {
        const found = await this.gateway.findByReference(type, record.referenceCode, session);
        if (found) return await this.fromDocument(record, type, found, session, 'found at Factus');
      }
      const issued = await this.gateway.send(type, record.request, record.referenceCode, session);
      return await this.fromDocument(record, type, issued, session, 'answered');
    } catch (error) {
      return this.fromError(record, type, error, session);
    }
  }

  /** A document DIAN had not answered: look again, and resend the same data as Factus advises. */
  private async followUp(
    record: LedgerRecord,
    type: DocumentType,
    session: ProviderSession,
  ): Promise<AttemptResult> {
    const age = this.clock.now().getTime() - record.createdAt.getTime();
    if (age > this.config.pendingMaxAgeMs)
      return giveUp({
        code: 'DIAN_NO_ANSWER',
        message: `DIAN did not answer within ${Math.round(this.config.pendingMaxAgeMs / 60_000)} minutes`,
      });
    const found = await this.gateway.findByReference(type, record.referenceCode, session);
    // Rule 90: DIAN holds it already; resending repeats rule 90, so only look until Factus agrees
    // (and if Factus does not list it at all, that is for Factus support, not for a resend).
    if (record.lastError?.code === RULE_90_CODE) {
      if (found) return this.fromDocument(record, type, found, session, 'follow-up');
      return {
        outcome: {
          state: 'pending_dian',
          reason:
            'DIAN already processed it (rule 90) and Factus does not list it: looking again later',
          lastError: record.lastError,
          nextAttemptAt: this.followUpAt(record),
        },
      };
    }
    if (found && found.status !== 'pending')
      return this.fromDocument(record, type, found, session, 'follow-up');
    const resent = await this.gateway.send(type, record.request, record.referenceCode, session);
    return this.fromDocument(record, type, resent, session, 'follow-up resend');
  }

  private async fromDocument(
    record: LedgerRecord,
    type: DocumentType,
    document: IssuedDocument,
    session: ProviderSession,
    how: string,
  ): Promise<AttemptResult> {
    const facts = {
      number: document.number,
      trackId: trackIdOf(document),
      dianMessages: document.dianMessages,
    };
    if (document.status === 'validated')
      return {
        outcome: {
          state: 'validated',
          reason: `validated by DIAN (${how})`,
          lastError: null,
          ...facts,
        },
        document,
      };
    if (document.status === 'rejected' && !hasAlreadyProcessed(document.dianMessages))
      return this.rejected(
        record,
        type,
        new DocumentRejectedError(record.referenceCode, document.dianMessages, type),
        session,
      );
    const rule90 = hasAlreadyProcessed(document.dianMessages);
    return {
      outcome: {
        state: 'pending_dian',
        reason: rule90
          ? 'DIAN already processed it (rule 90): waiting for Factus to show it validated'
          : `DIAN has not answered yet (${how})`,
        lastError: rule90
          ? { code: RULE_90_CODE, message: 'DIAN rule 90: document already processed' }
          : null,
        nextAttemptAt: this.followUpAt(record),
        ...facts,
      },
      document,
    };
  }

  private async fromError(
    record: LedgerRecord,
    type: DocumentType,
    error: unknown,
    session: ProviderSession,
  ): Promise<AttemptResult> {
    if (error instanceof DocumentRejectedError) return this.rejected(record, type, error, session);
    if (error instanceof DocumentAlreadyProcessedError)
      return {
        outcome: {
          state: 'pending_dian',
          reason: 'DIAN already processed it (rule 90): waiting for Factus to show it validated',
          dianMessages: error.dianMessages,
          ...(typeof error.extensions.number === 'string'
            ? { number: error.extensions.number }
            : {}),
          lastError: errorOf(error),
          nextAttemptAt: this.followUpAt(record),
        },
      };
    if (error instanceof PendingDocumentBlocksError) return this.blocked(record, error, session);
    if (!isRetryable(error)) return { ...giveUp(errorOf(error)), error };
    return this.retryLater(record, error);
  }

  /** Recorded with DIAN's messages and, by default, deleted at Factus so it blocks nothing. */
  private async rejected(
    record: LedgerRecord,
    type: DocumentType,
    rejection: DocumentRejectedError,
    session: ProviderSession,
  ): Promise<AttemptResult> {
    const cleanup = await this.cleanUp(record, type, session);
    const error =
      cleanup === 'done'
        ? new DocumentRejectedError(record.referenceCode, rejection.dianMessages, type, {
            deletedAtFactus: true,
          })
        : rejection;
    return {
      outcome: {
        state: 'rejected',
        reason:
          cleanup === 'done'
            ? 'rejected by DIAN; deleted at Factus so that it blocks no other document'
            : 'rejected by DIAN',
        dianMessages: rejection.dianMessages,
        lastError: errorOf(error),
        ...(cleanup ? { cleanup } : {}),
      },
      error,
    };
  }

  private async cleanUp(
    record: Pick<LedgerRecord, 'referenceCode'>,
    type: DocumentType,
    session: ProviderSession,
  ): Promise<'done' | 'failed' | undefined> {
    if (this.config.rejectedCleanup !== 'delete') return undefined;
    try {
      await this.gateway.deleteByReference(type, record.referenceCode, session);
      return 'done';
    } catch (error) {
      this.logger.warn(
        `Could not delete the rejected ${type.name} ${record.referenceCode} at Factus: ${errorOf(error).code}`,
      );
      return 'failed';
    }
  }

  /**
   * Factus refuses new documents while one is pending or rejected. Our own rejected ones are
   * deleted and the document goes again at once; anything else (pending at DIAN) is waited for.
   */
  private async blocked(
    record: LedgerRecord,
    error: PendingDocumentBlocksError,
    session: ProviderSession,
  ): Promise<AttemptResult> {
    const blockers = await this.ledger.rejectedAwaitingCleanup(record.accountKey);
    let cleaned = 0;
    for (const blocker of blockers) {
      const type = DOCUMENT_TYPES_BY_KEY[blocker.documentType];
      const cleanup = await this.cleanUp(blocker, type, session);
      if (!cleanup) continue;
      await this.ledger.setCleanup(
        blocker.id,
        cleanup,
        this.clock.now(),
        cleanup === 'done'
          ? `deleted at Factus: it blocked ${record.referenceCode}`
          : `could not be deleted at Factus (it blocks ${record.referenceCode})`,
      );
      if (cleanup === 'done') cleaned += 1;
    }
    if (cleaned > 0)
      return {
        outcome: {
          state: 'queued',
          reason: `blocked by ${cleaned} rejected document(s) of ours, now deleted at Factus: sending again`,
          lastError: errorOf(error),
          nextAttemptAt: this.clock.now(),
        },
      };
    return this.retryLater(record, error);
  }

  private retryLater(record: LedgerRecord, error: unknown): AttemptResult {
    const lastError = errorOf(error);
    if (record.state === 'pending_dian')
      return {
        outcome: {
          state: 'pending_dian',
          reason: `follow-up failed (${lastError.code}): will look again`,
          lastError,
          nextAttemptAt: this.followUpAt(record),
        },
      };
    if (record.attempts >= this.config.maxAttempts)
      return {
        ...giveUp({
          code: lastError.code,
          message: `${lastError.message} (after ${record.attempts} attempts)`,
        }),
        error,
      };
    const delay = retryDelayMs(
      record.attempts,
      { baseMs: this.config.retryBaseMs, maxMs: this.config.retryMaxMs },
      Math.random(),
    );
    return {
      outcome: {
        state: 'queued',
        reason: `${lastError.code}: will try again in ${Math.round(delay / 1000)} s`,
        lastError,
        nextAttemptAt: new Date(this.clock.now().getTime() + delay),
      },
    };
  }

  private followUpAt(record: LedgerRecord): Date {
    return followUpAt(record, this.clock.now(), this.config);
  }
}
