import { loadConfig } from '../../config/load-config';
import type { AuthGateway } from '../domain/auth-gateway.port';
import { AuthToken, authTokenFromGrant } from '../domain/auth-token';
import type { ManagedAccount } from '../domain/managed-account';
import type { ProviderClient } from '../domain/provider-session';
import { InMemorySessionStore } from '../infrastructure/in-memory-session.store';
import { ManagedSessions } from './managed-sessions';

/** Issues a token per login, naming the Factus (base URL) and user it logged in as. */
class FakeGateway implements AuthGateway {
  readonly logins: string[] = [];

  authenticate(email: string, _password: string, _budget?: string, client?: ProviderClient) {
    this.logins.push(`${client?.baseUrl ?? 'configured'}|${email}`);
    return Promise.resolve(this.issue(`${client?.tenantId}-${this.logins.length}`));
  }

  refresh(): Promise<AuthToken> {
    return Promise.reject(new Error('not expected'));
  }

  private issue(accessToken: string): AuthToken {
    return authTokenFromGrant(
      { accessToken, refreshToken: `r-${accessToken}`, tokenType: 'Bearer', expiresIn: 3600 },
      new Date(),
    );
  }
}

function account(tenantId: string, overrides: Partial<ManagedAccount> = {}): ManagedAccount {
  return {
    accountKey: `tenant:${tenantId}`,
    client: {
      tenantId,
      baseUrl: `https://${tenantId}.factus.test`,
      clientId: 'client',
      clientSecret: 'client-secret',
      rateLimit: 40,
    },
    username: `ops@${tenantId}.co`,
    password: 'password',
    ...overrides,
  };
}

function setup() {
  const gateway = new FakeGateway();
  const identities: string[] = [];
  const stores = {
    forAccount: (identity: string) => {
      identities.push(identity);
      return new InMemorySessionStore();
    },
  };
  const sessions = new ManagedSessions(gateway, stores, loadConfig({}).factus, {
    now: () => new Date(),
  });
  return { sessions, gateway, identities };
}

describe('ManagedSessions (one managed Factus session per tenant account)', () => {
  it('logs each tenant in once, on its own Factus, and labels the session with its account', async () => {
    const { sessions, gateway } = setup();
    const acme = await sessions.sessionFor(account('acme'));
    await sessions.sessionFor(account('acme'));
    const globex = await sessions.sessionFor(account('globex'));
    expect(gateway.logins).toEqual([
      'https://acme.factus.test|ops@acme.co',
      'https://globex.factus.test|ops@globex.co',
    ]);
    expect(acme).toMatchObject({
      accountKey: 'tenant:acme',
      account: { tenantId: 'acme', baseUrl: 'https://acme.factus.test', rateLimit: 40 },
    });
    expect(globex.accessToken).not.toBe(acme.accessToken);
    // The session names the account, never the client secret or the password.
    expect(JSON.stringify(acme)).not.toMatch(/client-secret|password/);
  });

  it('logs in again, with a store of its own, when the credentials change', async () => {
    const { sessions, gateway, identities } = setup();
    await sessions.sessionFor(account('acme'));
    const changed = await sessions.sessionFor(account('acme', { password: 'rotated' }));
    expect(gateway.logins).toHaveLength(2);
    expect(changed.accessToken).toBe('acme-2');
    expect(new Set(identities).size).toBe(2);
    expect(identities.join()).not.toMatch(/rotated|client-secret/);
  });

  it('keeps the session (no new login) when only the rate limit changes, and carries the new limit', async () => {
    const { sessions, gateway, identities } = setup();
    const before = await sessions.sessionFor(account('acme'));
    const after = await sessions.sessionFor(
      account('acme', { client: { ...account('acme').client, rateLimit: 10 } }),
    );
    expect(gateway.logins).toHaveLength(1);
    expect(identities).toHaveLength(1);
    expect(after.accessToken).toBe(before.accessToken);
    expect(before.account?.rateLimit).toBe(40);
    expect(after.account?.rateLimit).toBe(10);
  });
});
