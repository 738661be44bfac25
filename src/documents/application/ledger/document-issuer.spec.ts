import type { ManagedSessionService } from '../../../auth/application/managed-session.service';
import type { ManagedSessions } from '../../../auth/application/managed-sessions';
import { FactusUnavailableError } from '../../../factus/factus.errors';
import type { DocumentGateway } from '../../domain/document-gateway.port';
import { INVOICE } from '../../domain/document-type';
import { DocumentRejectedError, ProviderValidationError } from '../../domain/document.errors';
import type { IssuedDocument } from '../../domain/issued-document';
import { ReferenceCodeReusedError } from '../../domain/ledger.errors';
import {
  DATABASE_TIMEOUT_MS,
  LEDGER_TEST_STORES,
  useLedger,
} from '../../infrastructure/testing/ledger-test-stores';
import { AccountSessions } from './account-sessions';
import { DocumentIssuer, IssueAnswer } from './document-issuer';
import { LedgerAttempt } from './ledger-attempt';
import { NO_LEDGER_METRICS } from './ledger-metrics.port';
import { LedgerWorker } from './ledger-worker';
import {
  aLedgerConfig,
  anIssuedDocument,
  REJECTION,
  SESSION,
} from './testing/ledger-spec-fixtures';

jest.setTimeout(DATABASE_TIMEOUT_MS);

const SYNC_WAIT_MS = 400;

async function eventually(condition: () => Promise<boolean>, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

type Draft = { referenceCode: string; total: string };

describe.each(LEDGER_TEST_STORES.filter((s) => s.name === 'PostgreSQL'))(
  'DocumentIssuer on $name',
  (store) => {
    const { ledger } = useLedger(store);
    let gateway: Record<
      'encode' | 'send' | 'findByReference' | 'deleteByReference' | 'get',
      jest.Mock
    >;
    let worker: LedgerWorker;
    let issuer: DocumentIssuer;

    beforeEach(() => {
      gateway = {
        encode: jest.fn((_type, draft: Draft) => ({
          reference_code: draft.referenceCode,
          ...draft,
        })),
        send: jest.fn((_t, _r, referenceCode: string) =>
          Promise.resolve(anIssuedDocument(referenceCode, 'validated')),
        ),
        findByReference: jest.fn().mockResolvedValue(undefined),
        deleteByReference: jest.fn().mockResolvedValue(undefined),
        get: jest.fn((_t, number: string) =>
          Promise.resolve({ ...anIssuedDocument('INV-1', 'validated'), number }),
        ),
      };
      const config = aLedgerConfig({ syncWaitMs: SYNC_WAIT_MS });
      // Real time: SYNC_WAIT_MS is a wait on the wall clock.
      const clock = { now: () => new Date() };
      const port = gateway as unknown as DocumentGateway;
      const sessions = new AccountSessions(
        { enabled: false } as ManagedSessionService,
        {} as ManagedSessions,
      );
      const attempt = new LedgerAttempt(port, ledger(), config, clock);
      worker = new LedgerWorker(ledger(), config, clock, NO_LEDGER_METRICS, attempt, sessions);
      issuer = new DocumentIssuer(ledger(), port, config, clock, worker, sessions);
    });
    afterEach(() => worker.beforeApplicationShutdown());

    const issue = (draft: Draft, respondAsync = false) =>
      issuer.issue({ type: INVOICE, draft, respondAsync }, SESSION);
    const recordOf = (referenceCode: string) =>
      ledger().find('account-a', 'invoice', referenceCode, { history: true });
    const countRecords = async () =>
      (await ledger().list('account-a', {}, undefined, 50)).records.length;

    it('answers the same body twice with one record and one send', async () => {
      const draft = { referenceCode: 'INV-1', total: '83300.00' };

      const first = await issue(draft);
      const second = await issue({ total: '83300.00', referenceCode: 'INV-1' });

      expect(first).toMatchObject({ kind: 'document', document: { status: 'validated' } });
      expect(second).toMatchObject({
        kind: 'document',
        document: { number: 'SETP-INV-1', status: 'validated' },
      });
      expect(gateway.send).toHaveBeenCalledTimes(1);
      expect(await countRecords()).toBe(1);
    });

    it('refuses another body under a used reference with REFERENCE_CODE_REUSED', async () => {
      await issue({ referenceCode: 'INV-1', total: '83300.00' });

      const reuse = issue({ referenceCode: 'INV-1', total: '1.00' });

      await expect(reuse).rejects.toBeInstanceOf(ReferenceCodeReusedError);
      await expect(reuse).rejects.toMatchObject({
        code: 'REFERENCE_CODE_REUSED',
        extensions: { referenceCode: 'INV-1', state: 'validated', number: 'SETP-INV-1' },
      });
      expect(gateway.send).toHaveBeenCalledTimes(1);
      expect((await recordOf('INV-1'))?.request).toMatchObject({ total: '83300.00' });
    });

    it('throws the rejection of a rejected settlement, deleted at Factus', async () => {
      gateway.send.mockRejectedValue(new DocumentRejectedError('INV-1', [REJECTION], INVOICE));

      const attempt = issue({ referenceCode: 'INV-1', total: '83300.00' });

      await expect(attempt).rejects.toBeInstanceOf(DocumentRejectedError);
      await expect(attempt).rejects.toMatchObject({ code: 'INVOICE_REJECTED' });
      expect((await recordOf('INV-1'))?.state).toBe('rejected');
      expect(gateway.deleteByReference).toHaveBeenCalledTimes(1);
    });

    it('answers the same rejected body with its rejection again, without resending', async () => {
      gateway.send.mockRejectedValueOnce(new DocumentRejectedError('INV-1', [REJECTION], INVOICE));
      const draft = { referenceCode: 'INV-1', total: '83300.00' };
      await expect(issue(draft)).rejects.toBeInstanceOf(DocumentRejectedError);

      await expect(issue(draft)).rejects.toBeInstanceOf(DocumentRejectedError);
      expect(gateway.send).toHaveBeenCalledTimes(1);
    });

    it('resubmits a rejected document sent again with corrected data', async () => {
      gateway.send.mockRejectedValueOnce(new DocumentRejectedError('INV-1', [REJECTION], INVOICE));
      await expect(issue({ referenceCode: 'INV-1', total: '83300.00' })).rejects.toBeInstanceOf(
        DocumentRejectedError,
      );

      const corrected = await issue({ referenceCode: 'INV-1', total: '83301.00' });

      expect(corrected).toMatchObject({ kind: 'document', document: { status: 'validated' } });
      expect(gateway.send).toHaveBeenCalledTimes(2);
      expect(gateway.send.mock.calls[1][1]).toMatchObject({ total: '83301.00' });
      const record = await recordOf('INV-1');
      expect(record?.state).toBe('validated');
      expect(record?.history?.map((h) => h.reason)).toContain(
        'corrected and sent again by its caller',
      );
      expect(await countRecords()).toBe(1);
    });

    it('refuses other data under a failed or a rejected-but-not-deleted reference (Factus may hold it)', async () => {
      const refusal = new ProviderValidationError([{ field: 'customer', message: 'bad' }]);
      gateway.send.mockRejectedValueOnce(refusal);
      await expect(issue({ referenceCode: 'INV-1', total: '83300.00' })).rejects.toBe(refusal);
      await expect(issue({ referenceCode: 'INV-1', total: '1.00' })).rejects.toBeInstanceOf(
        ReferenceCodeReusedError,
      );

      gateway.send.mockRejectedValueOnce(new DocumentRejectedError('INV-2', [REJECTION], INVOICE));
      gateway.deleteByReference.mockRejectedValueOnce(new Error('Factus refused the delete'));
      await expect(issue({ referenceCode: 'INV-2', total: '83300.00' })).rejects.toBeInstanceOf(
        DocumentRejectedError,
      );
      expect((await recordOf('INV-2'))?.cleanup).toBe('failed');
      await expect(issue({ referenceCode: 'INV-2', total: '1.00' })).rejects.toBeInstanceOf(
        ReferenceCodeReusedError,
      );
      expect(gateway.send).toHaveBeenCalledTimes(2);
    });

    it('tries a failed document again when its caller sends the same body again', async () => {
      const refusal = new ProviderValidationError([{ field: 'customer', message: 'bad' }]);
      gateway.send.mockRejectedValueOnce(refusal);
      const draft = { referenceCode: 'INV-1', total: '83300.00' };
      await expect(issue(draft)).rejects.toBe(refusal);

      const again = await issue(draft);

      expect(again).toMatchObject({ kind: 'document', document: { status: 'validated' } });
      expect(gateway.send).toHaveBeenCalledTimes(2);
      expect((await recordOf('INV-1'))?.history?.map((h) => h.reason)).toContain(
        'sent again by its caller',
      );
    });

    it('with respondAsync, answers the queued record at once and sends in the background', async () => {
      let answer: (document: IssuedDocument) => void = () => undefined;
      gateway.send.mockImplementation(
        () => new Promise<IssuedDocument>((resolve) => (answer = resolve)),
      );

      const result = await issue({ referenceCode: 'INV-1', total: '83300.00' }, true);

      expect(result.kind).toBe('record');
      expect((result as Extract<IssueAnswer<unknown>, { kind: 'record' }>).record).toMatchObject({
        referenceCode: 'INV-1',
        state: 'queued',
      });
      await eventually(() => Promise.resolve(gateway.send.mock.calls.length === 1));
      answer(anIssuedDocument('INV-1', 'validated'));
      await eventually(async () => (await recordOf('INV-1'))?.state === 'validated');
    });

    it('past SYNC_WAIT_MS in an outage, answers the queued record instead of throwing', async () => {
      gateway.send.mockRejectedValue(new FactusUnavailableError('maintenance'));
      const started = Date.now();

      const result = await issue({ referenceCode: 'INV-1', total: '83300.00' });

      expect(Date.now() - started).toBeGreaterThanOrEqual(SYNC_WAIT_MS - 50);
      expect(result.kind).toBe('record');
      expect((result as Extract<IssueAnswer<unknown>, { kind: 'record' }>).record).toMatchObject({
        state: 'queued',
        lastError: { code: 'FACTUS_UNAVAILABLE' },
      });
    });

    it('answers a document DIAN has not answered yet (pending) as a document', async () => {
      gateway.send.mockResolvedValue(anIssuedDocument('INV-1', 'pending'));

      const result = await issue({ referenceCode: 'INV-1', total: '83300.00' });

      expect(result).toMatchObject({ kind: 'document', document: { status: 'pending' } });
      expect((await recordOf('INV-1'))?.state).toBe('pending_dian');
    });

    it('throws a refusal no retry changes, and records the document failed', async () => {
      const refusal = new ProviderValidationError([{ field: 'customer', message: 'bad' }]);
      gateway.send.mockRejectedValue(refusal);

      await expect(issue({ referenceCode: 'INV-1', total: '83300.00' })).rejects.toBe(refusal);
      expect((await recordOf('INV-1'))?.state).toBe('failed');
    });
  },
);
