import type { ProviderSession } from '../../auth/domain/provider-session';
import type { FactusCall } from '../factus-call';
import { FactusApiError, FactusUnavailableError } from '../factus.errors';
import type { FactusAttempt, FactusSender } from './factus-sender';
import { SessionReplayStep } from './session-replay.step';

/** A next step that answers from a script and records the token of each attempt. */
function scriptedNext(...outcomes: Array<Error | 'ok'>) {
  const tokens: Array<string | undefined> = [];
  const next: FactusSender = {
    send: (attempt: FactusAttempt) => {
      tokens.push(attempt.accessToken);
      const outcome = outcomes.shift();
      if (outcome === undefined) throw new Error('no scripted outcome left');
      if (outcome === 'ok') return Promise.resolve({ status: 200, body: {}, headers: {} });
      return Promise.reject(outcome);
    },
  };
  return { next, tokens };
}

const refused = () => new FactusApiError(401, {}, 'Unauthenticated.');

function managedSession() {
  const renew = jest.fn((stale: string) => Promise.resolve(`fresh-after-${stale}`));
  const session: ProviderSession = { accessToken: 'managed-1', accountKey: 'svc', renew };
  return { session, renew };
}

function attemptWith(session: ProviderSession | undefined, accessToken = session?.accessToken) {
  const call: FactusCall = { method: 'GET', path: '/v2/bills', session };
  return { call, accessToken, attempt: 1 };
}

describe('SessionReplayStep', () => {
  it('renews a refused managed token once and replays the call with the fresh one', async () => {
    const { next, tokens } = scriptedNext(refused(), 'ok');
    const { session, renew } = managedSession();
    const result = await new SessionReplayStep(next).send(attemptWith(session));
    expect(result.status).toBe(200);
    expect(renew).toHaveBeenCalledTimes(1);
    expect(renew).toHaveBeenCalledWith('managed-1');
    expect(tokens).toEqual(['managed-1', 'fresh-after-managed-1']);
  });

  it('replays only once: a second 401 reaches the caller', async () => {
    const { next, tokens } = scriptedNext(refused(), refused());
    const { session, renew } = managedSession();
    await expect(new SessionReplayStep(next).send(attemptWith(session))).rejects.toMatchObject({
      status: 401,
    });
    expect(renew).toHaveBeenCalledTimes(1);
    expect(tokens).toHaveLength(2);
  });

  it("does not replay a caller's own session (no renew) or a bare token", async () => {
    for (const attempt of [
      attemptWith({ accessToken: 'caller', accountKey: 'acct' }),
      attemptWith(undefined, 'bare'),
    ]) {
      const { next, tokens } = scriptedNext(refused());
      await expect(new SessionReplayStep(next).send(attempt)).rejects.toBeInstanceOf(
        FactusApiError,
      );
      expect(tokens).toHaveLength(1);
    }
  });

  it('does not renew for failures other than a 401', async () => {
    const { session, renew } = managedSession();
    for (const failure of [
      new FactusApiError(403, {}, 'Forbidden'),
      new FactusUnavailableError('down'),
    ]) {
      const { next } = scriptedNext(failure);
      await expect(new SessionReplayStep(next).send(attemptWith(session))).rejects.toBe(failure);
    }
    expect(renew).not.toHaveBeenCalled();
  });
});
