import type { FactusConfig } from '../../config/config-tokens';
import { FactusTokenRequiredError } from '../domain/auth.errors';
import { MalformedAuthorizationError } from '../domain/login.errors';
import type { ManagedSessionService } from './managed-session.service';
import { ProviderSessionResolver } from './provider-session.resolver';
import { TokenOwnerRegistry } from './token-owner.registry';

describe('ProviderSessionResolver.accountKeyOf (whose request, without logging in)', () => {
  const session = jest.fn(() => Promise.resolve({ accessToken: 'managed', accountKey: 'x' }));

  function resolver(managedUser?: FactusConfig['managedUser']) {
    const managed = {
      enabled: managedUser !== undefined,
      session,
    } as unknown as ManagedSessionService;
    const owners = new TokenOwnerRegistry();
    owners.remember('Demo@Simulator.Factus.Local', 'known-token');
    return new ProviderSessionResolver(managed, owners, { managedUser } as FactusConfig);
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
});
