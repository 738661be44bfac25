import type { ManagedSessionService } from '../../../auth/application/managed-session.service';
import type { ManagedSessions } from '../../../auth/application/managed-sessions';
import type { LedgerConfig } from '../../../config/config-tokens';
import type { DocumentGateway } from '../../domain/document-gateway.port';
import type { IssuedDocument } from '../../domain/issued-document';
import {
  anInvoice,
  at,
  DATABASE_TIMEOUT_MS,
  LEDGER_TEST_STORES,
  useLedger,
} from '../../infrastructure/testing/ledger-test-stores';
import { AccountSessions } from './account-sessions';
import { LedgerAttempt } from './ledger-attempt';
import { NO_LEDGER_METRICS } from './ledger-metrics.port';
import { LedgerWorker } from './ledger-worker';
import { aLedgerConfig, anIssuedDocument, SESSION } from './testing/ledger-spec-fixtures';

jest.setTimeout(DATABASE_TIMEOUT_MS);

const LEASE_MS = 30_000;

/** A send that answers only when the test says so, and how many were under way at once. */
function heldSends() {
  const held: Array<{ referenceCode: string; answer: () => void }> = [];
  let running = 0;
  let maxRunning = 0;
  const send = jest.fn(
    (_type: unknown, _request: unknown, referenceCode: string) =>
      new Promise<IssuedDocument>((resolve) => {
        running += 1;
        maxRunning = Math.max(maxRunning, running);
        held.push({
          referenceCode,
          answer: () => {
            running -= 1;
            resolve(anIssuedDocument(referenceCode, 'validated'));
          },
        });
      }),
  );
  return { send, held, maxRunning: () => maxRunning };
}

/** Polls `condition` (no fixed sleep) until it holds or the deadline passes. */
async function eventually(condition: () => boolean | Promise<boolean>, ms = 20_000) {
  const deadline = Date.now() + ms;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe.each(LEDGER_TEST_STORES.filter((s) => s.name === 'PostgreSQL'))(
  'LedgerWorker on $name',
  (store) => {
    const { ledger } = useLedger(store);
    let gateway: { send: jest.Mock; findByReference: jest.Mock; deleteByReference: jest.Mock };
    let config: LedgerConfig;
    let now: Date;
    let worker: LedgerWorker;
    let sessions: AccountSessions;

    beforeEach(() => {
      now = at(1_000);
      gateway = {
        send: jest.fn((_t, _r, referenceCode: string) =>
          Promise.resolve(anIssuedDocument(referenceCode, 'validated')),
        ),
        findByReference: jest.fn().mockResolvedValue(undefined),
        deleteByReference: jest.fn().mockResolvedValue(undefined),
      };
      config = aLedgerConfig({ leaseMs: LEASE_MS });
      const clock = { now: () => now };
      const attempt = new LedgerAttempt(
        gateway as unknown as DocumentGateway,
        ledger(),
        config,
        clock,
      );
      sessions = new AccountSessions(
        { enabled: false } as ManagedSessionService,
        {} as ManagedSessions,
      );
      sessions.remember(SESSION);
      worker = new LedgerWorker(ledger(), config, clock, NO_LEDGER_METRICS, attempt, sessions);
    });
    afterEach(() => worker.beforeApplicationShutdown());

    const admit = async (referenceCode: string, accountKey = 'account-a', ms = 0) =>
      (await ledger().admit(anInvoice({ referenceCode, accountKey }), at(ms))).record.id;

    it('runNow sends the document once, records it and emits its settlement', async () => {
      const id = await admit('INV-1');
      const next = worker.nextSettlement(id, 20_000);

      const settlement = await worker.runNow(id);

      expect(settlement).toMatchObject({ state: 'validated' });
      expect(settlement?.leaseLost).toBeUndefined();
      expect(await next).toEqual(settlement);
      expect(gateway.send).toHaveBeenCalledTimes(1);
      expect(await ledger().findById(id)).toMatchObject({
        state: 'validated',
        number: 'SETP-INV-1',
        attempts: 1,
      });
    });

    it('two runNow for the same document: one send, the other gets nothing to do', async () => {
      const id = await admit('INV-1');

      const settlements = await Promise.all([worker.runNow(id), worker.runNow(id)]);

      expect(gateway.send).toHaveBeenCalledTimes(1);
      expect(settlements.filter(Boolean)).toHaveLength(1);
      expect(await worker.runNow(id)).toBeUndefined();
      expect(gateway.send).toHaveBeenCalledTimes(1);
    });

    it('claims no more than LEDGER_CONCURRENCY documents at a time, and sends them all', async () => {
      const sends = heldSends();
      gateway.send = sends.send;
      // One document per account: an account's own documents go one at a time (see dueNow).
      for (let i = 0; i < 5; i++) {
        sessions.remember({ ...SESSION, accountKey: `account-${i}` });
        await admit(`INV-${i}`, `account-${i}`, i);
      }
      config.workerEnabled = true;

      worker.onApplicationBootstrap();
      await eventually(() => sends.held.length === config.concurrency);
      expect((await ledger().stats(now)).byState.sending).toBe(config.concurrency);
      // Each answer frees a slot; the worker fills it until every document is sent.
      for (let answered = 0; answered < 5; answered++) {
        await eventually(() => sends.held.length > answered);
        sends.held[answered].answer();
      }
      await eventually(async () => (await ledger().stats(now)).byState.validated === 5);

      expect(sends.maxRunning()).toBe(config.concurrency);
      expect(sends.send).toHaveBeenCalledTimes(5);
    });

    it('at shutdown, lets an in-flight send finish and hands other leases back (queued)', async () => {
      const sends = heldSends();
      gateway.send = sends.send;
      const inFlight = await admit('INV-1');
      const leased = await admit('INV-2', 'account-a', 1);
      const running = worker.runNow(inFlight);
      await eventually(() => sends.held.length === 1);
      // A document this replica holds but has not started sending.
      await ledger().claimById(leased, worker.owner, LEASE_MS, now);

      const shutdown = worker.beforeApplicationShutdown();
      sends.held[0].answer();
      await shutdown;

      expect(await running).toMatchObject({ state: 'validated' });
      expect((await ledger().findById(inFlight))?.state).toBe('validated');
      const handedBack = await ledger().findById(leased);
      expect(handedBack?.state).toBe('queued');
      expect(handedBack?.leaseOwner).toBeUndefined();
      // Stopped: nothing more is claimed.
      expect(await worker.runNow(leased)).toBeUndefined();
      expect(sends.send).toHaveBeenCalledTimes(1);
    });

    it('waits, without calling Factus, for a caller whose token this process does not hold', async () => {
      const id = await admit('INV-B', 'account-b');

      const settlement = await worker.runNow(id);

      expect(settlement?.state).toBe('queued');
      expect(gateway.send).not.toHaveBeenCalled();
      expect(gateway.findByReference).not.toHaveBeenCalled();
      const record = await ledger().findById(id);
      expect(record).toMatchObject({
        state: 'queued',
        lastError: { code: 'FACTUS_TOKEN_REQUIRED' },
      });
      expect(record!.nextAttemptAt.getTime()).toBeGreaterThan(now.getTime());
    });

    it('reports leaseLost when another replica took the document over meanwhile', async () => {
      const sends = heldSends();
      gateway.send = sends.send;
      const id = await admit('INV-1');
      const running = worker.runNow(id);
      await eventually(() => sends.held.length === 1);
      const [takeOver] = await ledger().claimDue(
        'replica-2',
        LEASE_MS,
        1,
        at(1_000 + LEASE_MS + 1),
      );
      expect(takeOver.takenOverFrom).toBe(worker.owner);

      sends.held[0].answer();
      const settlement = await running;

      expect(settlement).toMatchObject({ state: 'validated', leaseLost: true });
      // The other owner's claim stands: our late answer was not written.
      expect(await ledger().findById(id)).toMatchObject({
        state: 'sending',
        leaseOwner: 'replica-2',
      });
    });
  },
);
