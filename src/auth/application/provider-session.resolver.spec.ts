import type { FactusConfig } from '../../config/config-tokens';
import { FactusTokenRequiredError, TenantBearerNotAllowedError } from '../domain/auth.errors';
import type { ManagedAccount } from '../domain/managed-account';
import type { ManagedSessions } from './managed-sessions';
import { MalformedAuthorizationError } from '../domain/login.errors';
import type { ManagedSessionService } from './managed-session.service';
import { ProviderSessionResolver } from './provider-session.resolver';
import { TokenOwnerRegistry } from './token-owner.registry';

describe('ProviderSessionResolver.accountKeyOf (whose request, without logging in)', () => {
  const session = jest.fn(() => Promise.resolve({ accessToken: 'managed', accountKey: 'x' }));

  const tenantSession = jest.fn((account: ManagedAccount) =>
    Promise.resolve({ accessToken: 'tenant-token', accountKey: account.accountKey }),
  );
  const tenants = { sessionFor: tenantSession } as unknown as ManagedSessions;
  const acme: ManagedAccount = {
    accountKey: 'tenant:acme',
    client: { tenantId: 'acme', baseUrl: 'http://f', clientId: 'c', clientSecret: 's' },
    username: 'ops@acme.co',
    password: 'p',
  };

  function resolver(managedUser?: FactusConfig['managedUser']) {
    const managed = {
      enabled: managedUser !== undefined,
      session,
    } as unknown as ManagedSessionService;
    const owners = new TokenOwnerRegistry();
    owners.remember('Demo@Simulator.Factus.Local', 'known-token');
    return new ProviderSessionResolver(managed, tenants, owners, { managedUser } as FactusConfig);
  }

  beforeEach(() => session.mockClear());

  it('gives a bearer token the account key resolve gives it', async () => {
    const sessions = resolver();
    for (const header of ['Bearer known-token', 'Bearer someone-elses-token']) {
      expect(sessions.accountKeyOf(header)).toBe((await sessions.resolve(header)).accountKey);
    }
    expect(sessions.accountKeyOf('Bearer known-token')).toBe('user:demo@simulator.factus.local');
    // Never the token itself: a hash of it.
    expect(sessions.accountKeyOf('Bearer someone-elses-token')).toMatch(/^token:[0-9a-f]{32}$/);
  });

  it("names the managed session's account without asking Factus for a token", () => {
    const sessions = resolver({ username: 'Facturacion@Empresa.co', password: 'p' });
    expect(sessions.accountKeyOf(undefined)).toBe('user:facturacion@empresa.co');
    expect(session).not.toHaveBeenCalled();
  });

  it('refuses what resolve refuses, with the same errors', () => {
    expect(() => resolver().accountKeyOf(undefined)).toThrow(FactusTokenRequiredError);
    expect(() => resolver().accountKeyOf('Basic abc')).toThrow(MalformedAuthorizationError);
  });

  it("gives a tenant's request the tenant's account and managed session, whatever is configured", async () => {
    const sessions = resolver({ username: 'ops@company.co', password: 'p' });
    expect(sessions.accountKeyOf(undefined, acme)).toBe('tenant:acme');
    await expect(sessions.resolve(undefined, acme)).resolves.toMatchObject({
      accessToken: 'tenant-token',
      accountKey: 'tenant:acme',
    });
    expect(tenantSession).toHaveBeenCalledWith(acme);
    expect(session).not.toHaveBeenCalled();
  });

  it("refuses a Factus bearer on a tenant's request rather than mixing in another account", async () => {
    const sessions = resolver();
    expect(() => sessions.accountKeyOf('Bearer known-token', acme)).toThrow(
      TenantBearerNotAllowedError,
    );
    await expect(sessions.resolve('Bearer known-token', acme)).rejects.toThrow(
      TenantBearerNotAllowedError,
    );
  });
});
