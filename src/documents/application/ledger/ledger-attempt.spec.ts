import type { LedgerConfig } from '../../../config/config-tokens';
import { FactusUnavailableError } from '../../../factus/factus.errors';
import type { DocumentGateway } from '../../domain/document-gateway.port';
import type { LedgerClaim, LedgerOutcome } from '../../domain/document-ledger.port';
import { INVOICE } from '../../domain/document-type';
import {
  DocumentAlreadyProcessedError,
  DocumentRejectedError,
  PendingDocumentBlocksError,
  ProviderValidationError,
} from '../../domain/document.errors';
import type { DianMessage, IssuedDocument } from '../../domain/issued-document';
import {
  anInvoice,
  at,
  DATABASE_TIMEOUT_MS,
  LEDGER_TEST_STORES,
  useLedger,
} from '../../infrastructure/testing/ledger-test-stores';
import { LedgerAttempt } from './ledger-attempt';
import {
  aLedgerConfig,
  anIssuedDocument,
  REJECTION,
  SESSION,
} from './testing/ledger-spec-fixtures';

/** The provider's answer for the record every spec here uses (INV-1, number SETP990000001). */
const issued = (status: IssuedDocument['status'], dianMessages: DianMessage[] = []) =>
  anIssuedDocument('INV-1', status, { number: 'SETP990000001', dianMessages, cufe: 'cufe-1' });

jest.setTimeout(DATABASE_TIMEOUT_MS);

const LEASE_MS = 30_000;
const BASE_MS = 1_000;
const MAX_MS = 60_000;
const RULE_90: DianMessage = { rule: '90', kind: 'rejection', message: 'Documento procesado' };

function fakeGateway() {
  return {
    send: jest.fn(),
    findByReference: jest.fn().mockResolvedValue(undefined),
    deleteByReference: jest.fn().mockResolvedValue(undefined),
  };
}

// PostgreSQL only: the store is not what these specs test (the adapter specs run on both).
describe.each(LEDGER_TEST_STORES.filter((s) => s.name === 'PostgreSQL'))(
  'LedgerAttempt on $name',
  (store) => {
    const { ledger } = useLedger(store);
    let gateway: ReturnType<typeof fakeGateway>;
    let now: Date;
    let config: LedgerConfig;
    let attempt: LedgerAttempt;

    beforeEach(() => {
      gateway = fakeGateway();
      now = at(1_000);
      config = aLedgerConfig({ leaseMs: LEASE_MS, retryBaseMs: BASE_MS, retryMaxMs: MAX_MS });
      attempt = new LedgerAttempt(gateway as unknown as DocumentGateway, ledger(), config, {
        now: () => now,
      });
    });
    afterEach(() => jest.restoreAllMocks());

    /** A document admitted at at(0) and claimed (sending, attempt 1) at `now`. */
    const claimed = async (referenceCode = 'INV-1', owner = 'replica-1'): Promise<LedgerClaim> => {
      await ledger().admit(anInvoice({ referenceCode }), at(0));
      const [claim] = await ledger().claimDue(owner, LEASE_MS, 1, now);
      return claim;
    };
    /** Records `outcome` for the claim, then claims the document again at `now`. */
    const settledThenClaimed = async (claim: LedgerClaim, outcome: LedgerOutcome) => {
      expect(await ledger().settle(claim.record.id, 'replica-1', outcome, now)).toBe(true);
      const again = await ledger().claimById(claim.record.id, 'replica-1', LEASE_MS, now, {
        followUp: true,
      });
      return again!;
    };
    const pending = (lastError: LedgerOutcome['lastError'] = null): LedgerOutcome => ({
      state: 'pending_dian',
      reason: 'DIAN has not answered yet',
      lastError,
      nextAttemptAt: now,
    });

    describe('a first send', () => {
      it('records validated with number, CUFE and messages, without looking the reference up first', async () => {
        gateway.send.mockResolvedValue(issued('validated'));

        const result = await attempt.run(await claimed(), SESSION);

        expect(result.outcome).toMatchObject({
          state: 'validated',
          number: 'SETP990000001',
          trackId: 'cufe-1',
          lastError: null,
        });
        expect(result.document?.status).toBe('validated');
        expect(gateway.findByReference).not.toHaveBeenCalled();
        expect(gateway.send).toHaveBeenCalledWith(INVOICE, anInvoice().request, 'INV-1', SESSION);
      });

      it('records pending_dian with a follow-up time when DIAN has not answered', async () => {
        gateway.send.mockResolvedValue(issued('pending'));

        const { outcome } = await attempt.run(await claimed(), SESSION);

        expect(outcome.state).toBe('pending_dian');
        expect(outcome.lastError).toBeNull();
        expect(outcome.nextAttemptAt!.getTime()).toBeGreaterThan(now.getTime());
      });

      it('records a rejection with DIAN messages and deletes it at Factus', async () => {
        gateway.send.mockRejectedValue(new DocumentRejectedError('INV-1', [REJECTION], INVOICE));

        const result = await attempt.run(await claimed(), SESSION);

        expect(result.outcome).toMatchObject({
          state: 'rejected',
          dianMessages: [REJECTION],
          cleanup: 'done',
          lastError: { code: 'INVOICE_REJECTED' },
        });
        expect(gateway.deleteByReference).toHaveBeenCalledWith(INVOICE, 'INV-1', SESSION);
        expect(result.error).toBeInstanceOf(DocumentRejectedError);
        expect((result.error as Error).message).toContain('deleted at Factus');
      });

      it('treats a rejected document answered by Factus (not thrown) the same way', async () => {
        gateway.send.mockResolvedValue(issued('rejected', [REJECTION]));

        const { outcome } = await attempt.run(await claimed(), SESSION);

        expect(outcome).toMatchObject({ state: 'rejected', cleanup: 'done' });
        expect(gateway.deleteByReference).toHaveBeenCalledTimes(1);
      });

      it('keeps a rejected document at Factus with REJECTED_CLEANUP=keep', async () => {
        config.rejectedCleanup = 'keep';
        gateway.send.mockRejectedValue(new DocumentRejectedError('INV-1', [REJECTION], INVOICE));

        const result = await attempt.run(await claimed(), SESSION);

        expect(result.outcome.state).toBe('rejected');
        expect(result.outcome.cleanup).toBeUndefined();
        expect(gateway.deleteByReference).not.toHaveBeenCalled();
        expect((result.error as Error).message).not.toContain('deleted at Factus');
      });

      it('records cleanup failed when Factus refuses the delete', async () => {
        gateway.send.mockRejectedValue(new DocumentRejectedError('INV-1', [REJECTION], INVOICE));
        gateway.deleteByReference.mockRejectedValue(new FactusUnavailableError('maintenance'));

        const { outcome } = await attempt.run(await claimed(), SESSION);

        expect(outcome).toMatchObject({ state: 'rejected', cleanup: 'failed' });
      });

      it('never deletes a rule 90 answer: pending_dian, marked as rule 90', async () => {
        gateway.send.mockResolvedValue(issued('rejected', [RULE_90]));

        const { outcome } = await attempt.run(await claimed(), SESSION);

        expect(outcome).toMatchObject({
          state: 'pending_dian',
          lastError: { code: 'DOCUMENT_ALREADY_PROCESSED' },
        });
        expect(gateway.deleteByReference).not.toHaveBeenCalled();
      });

      it('records a thrown rule 90 as pending_dian with its number', async () => {
        gateway.send.mockRejectedValue(
          new DocumentAlreadyProcessedError('INV-1', [RULE_90], 'SETP990000007'),
        );

        const { outcome } = await attempt.run(await claimed(), SESSION);

        expect(outcome).toMatchObject({
          state: 'pending_dian',
          number: 'SETP990000007',
          lastError: { code: 'DOCUMENT_ALREADY_PROCESSED' },
        });
        expect(gateway.deleteByReference).not.toHaveBeenCalled();
      });
    });

    describe('a document sent before', () => {
      it('after a take-over, finds the reference at Factus and does not resend', async () => {
        await claimed('INV-1', 'replica-1');
        now = at(1_000 + LEASE_MS + 1);
        const [takeOver] = await ledger().claimDue('replica-2', LEASE_MS, 1, now);
        expect(takeOver.takenOverFrom).toBe('replica-1');
        gateway.findByReference.mockResolvedValue(issued('validated'));

        const { outcome } = await attempt.run(takeOver, SESSION);

        expect(outcome.state).toBe('validated');
        expect(gateway.findByReference).toHaveBeenCalledWith(INVOICE, 'INV-1', SESSION);
        expect(gateway.send).not.toHaveBeenCalled();
      });

      it('on a second attempt, looks first and sends only when Factus does not have it', async () => {
        const first = await claimed();
        const second = await settledThenClaimed(first, {
          state: 'queued',
          reason: 'outage',
          nextAttemptAt: now,
        });
        expect(second.record.attempts).toBe(2);
        gateway.send.mockResolvedValue(issued('validated'));

        const { outcome } = await attempt.run(second, SESSION);

        expect(outcome.state).toBe('validated');
        expect(gateway.findByReference).toHaveBeenCalledTimes(1);
        expect(gateway.send).toHaveBeenCalledTimes(1);
      });
    });

    describe('a DIAN follow-up', () => {
      it('records validated when Factus shows it validated, without resending', async () => {
        const followUp = await settledThenClaimed(await claimed(), pending());
        gateway.findByReference.mockResolvedValue(issued('validated'));

        const { outcome } = await attempt.run(followUp, SESSION);

        expect(outcome.state).toBe('validated');
        expect(gateway.send).not.toHaveBeenCalled();
      });

      it('resends the same data while DIAN is still silent', async () => {
        const followUp = await settledThenClaimed(await claimed(), pending());
        gateway.findByReference.mockResolvedValue(issued('pending'));
        gateway.send.mockResolvedValue(issued('pending'));

        const { outcome } = await attempt.run(followUp, SESSION);

        expect(outcome.state).toBe('pending_dian');
        expect(gateway.send).toHaveBeenCalledWith(INVOICE, anInvoice().request, 'INV-1', SESSION);
      });

      it('of a rule 90 document only looks: it never resends while Factus shows it pending', async () => {
        const rule90 = { code: 'DOCUMENT_ALREADY_PROCESSED', message: 'rule 90' };
        const followUp = await settledThenClaimed(await claimed(), pending(rule90));
        gateway.findByReference.mockResolvedValue(issued('pending', [RULE_90]));

        const { outcome } = await attempt.run(followUp, SESSION);

        expect(outcome.state).toBe('pending_dian');
        expect(gateway.send).not.toHaveBeenCalled();
        expect(gateway.deleteByReference).not.toHaveBeenCalled();
      });

      it('of a rule 90 document never resends, even when Factus does not list it', async () => {
        const rule90 = { code: 'DOCUMENT_ALREADY_PROCESSED', message: 'rule 90' };
        const followUp = await settledThenClaimed(await claimed(), pending(rule90));
        gateway.findByReference.mockResolvedValue(undefined);
        gateway.send.mockRejectedValue(new DocumentAlreadyProcessedError('INV-1', [RULE_90]));

        const { outcome } = await attempt.run(followUp, SESSION);

        expect(outcome.state).toBe('pending_dian');
        expect(gateway.send).not.toHaveBeenCalled();
      });

      it('gives up with DIAN_NO_ANSWER past LEDGER_PENDING_MAX_AGE_MS, without calling Factus', async () => {
        const followUp = await settledThenClaimed(await claimed(), pending());
        now = at(config.pendingMaxAgeMs + 1);

        const { outcome } = await attempt.run(followUp, SESSION);

        expect(outcome).toMatchObject({ state: 'failed', lastError: { code: 'DIAN_NO_ANSWER' } });
        expect(gateway.findByReference).not.toHaveBeenCalled();
        expect(gateway.send).not.toHaveBeenCalled();
      });

      it('stays pending_dian when the follow-up meets an outage', async () => {
        const followUp = await settledThenClaimed(await claimed(), pending());
        gateway.findByReference.mockRejectedValue(new FactusUnavailableError('maintenance'));

        const { outcome } = await attempt.run(followUp, SESSION);

        expect(outcome).toMatchObject({
          state: 'pending_dian',
          lastError: { code: 'FACTUS_UNAVAILABLE' },
        });
        expect(outcome.nextAttemptAt!.getTime()).toBeGreaterThan(now.getTime());
      });
    });

    describe('an account blocked by a pending document', () => {
      const rejectedBlocker = async () => {
        const [claim] = await ledger().claimDue('replica-1', LEASE_MS, 1, now);
        const outcome: LedgerOutcome = {
          state: 'rejected',
          reason: 'rejected',
          dianMessages: [REJECTION],
          cleanup: 'failed',
        };
        expect(await ledger().settle(claim.record.id, 'replica-1', outcome, now)).toBe(true);
        return claim.record.id;
      };

      it('deletes our own rejected blocker at Factus and queues the document again at once', async () => {
        await ledger().admit(anInvoice({ referenceCode: 'BLOCKER' }), at(-1));
        const blockerId = await rejectedBlocker();
        const claim = await claimed('INV-2');
        gateway.send.mockRejectedValue(new PendingDocumentBlocksError('pending', INVOICE));

        const { outcome } = await attempt.run(claim, SESSION);

        expect(outcome).toMatchObject({ state: 'queued', nextAttemptAt: now });
        expect(gateway.deleteByReference).toHaveBeenCalledWith(INVOICE, 'BLOCKER', SESSION);
        expect((await ledger().findById(blockerId))?.cleanup).toBe('done');
        expect(await ledger().rejectedAwaitingCleanup('account-a')).toEqual([]);
      });

      it('waits with backoff when no blocker of ours can be cleaned up', async () => {
        jest.spyOn(Math, 'random').mockReturnValue(0.5);
        gateway.send.mockRejectedValue(new PendingDocumentBlocksError('pending', INVOICE));

        const { outcome } = await attempt.run(await claimed(), SESSION);

        expect(outcome).toMatchObject({
          state: 'queued',
          lastError: { code: 'PENDING_DOCUMENT_BLOCKS' },
          nextAttemptAt: new Date(now.getTime() + BASE_MS),
        });
        expect(gateway.deleteByReference).not.toHaveBeenCalled();
      });
    });

    describe('failures', () => {
      it('queues an outage with a backoff that grows with the attempts and is capped', async () => {
        config.maxAttempts = 100;
        jest.spyOn(Math, 'random').mockReturnValue(0.5);
        gateway.send.mockRejectedValue(new FactusUnavailableError('maintenance'));
        const claim = await claimed();
        const delayAfter = async (attempts: number) => {
          const { outcome } = await attempt.run({ record: { ...claim.record, attempts } }, SESSION);
          expect(outcome).toMatchObject({
            state: 'queued',
            lastError: { code: 'FACTUS_UNAVAILABLE' },
          });
          return outcome.nextAttemptAt!.getTime() - now.getTime();
        };

        expect(await delayAfter(1)).toBe(BASE_MS);
        expect(await delayAfter(2)).toBe(2 * BASE_MS);
        expect(await delayAfter(4)).toBe(8 * BASE_MS);
        expect(await delayAfter(20)).toBe(MAX_MS);
      });

      it('keeps the jitter of a backoff within ±20 %', async () => {
        gateway.send.mockRejectedValue(new FactusUnavailableError('maintenance'));
        const claim = await claimed();
        const delays: number[] = [];
        for (const random of [0, 0.999]) {
          jest.spyOn(Math, 'random').mockReturnValue(random);
          const { outcome } = await attempt.run(claim, SESSION);
          delays.push(outcome.nextAttemptAt!.getTime() - now.getTime());
        }
        expect(delays[0]).toBe(0.8 * BASE_MS);
        expect(delays[1]).toBeLessThanOrEqual(1.2 * BASE_MS);
        expect(delays[1]).toBeGreaterThan(1.19 * BASE_MS);
      });

      it('gives up after LEDGER_MAX_ATTEMPTS outages: failed, with the count', async () => {
        gateway.send.mockRejectedValue(new FactusUnavailableError('maintenance'));
        const claim = await claimed();

        const result = await attempt.run(
          { record: { ...claim.record, attempts: config.maxAttempts } },
          SESSION,
        );

        expect(result.outcome).toMatchObject({
          state: 'failed',
          lastError: { code: 'FACTUS_UNAVAILABLE' },
        });
        expect(result.outcome.lastError!.message).toContain(`after ${config.maxAttempts} attempts`);
        expect(result.error).toBeInstanceOf(FactusUnavailableError);
      });

      it('fails at once on a refusal no retry changes (FACTUS_VALIDATION_FAILED)', async () => {
        const refusal = new ProviderValidationError([{ field: 'customer', message: 'bad' }]);
        gateway.send.mockRejectedValue(refusal);

        const result = await attempt.run(await claimed(), SESSION);

        expect(result.outcome).toMatchObject({
          state: 'failed',
          lastError: { code: 'FACTUS_VALIDATION_FAILED' },
        });
        expect(result.error).toBe(refusal);
      });

      it('retries an unexpected (non-domain) error, recording no detail of it', async () => {
        gateway.send.mockRejectedValue(new Error('socket hang up; token=secret-token'));

        const { outcome } = await attempt.run(await claimed(), SESSION);

        expect(outcome).toMatchObject({ state: 'queued', lastError: { code: 'INTERNAL_ERROR' } });
        expect(JSON.stringify(outcome)).not.toContain('secret-token');
      });
    });
  },
);
