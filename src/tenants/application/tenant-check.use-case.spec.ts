import type { AccountGateway } from '../../account/domain/account-gateway.port';
import type { CompanyProfile } from '../../account/domain/company-profile';
import type { AuthGateway } from '../../auth/domain/auth-gateway.port';
import { AuthenticationFailedError } from '../../auth/domain/auth.errors';
import type { ProviderClient, ProviderSession } from '../../auth/domain/provider-session';
import { FactusUnavailableError } from '../../factus/factus.errors';
import type { NumberingRangeGateway } from '../../numbering-ranges/domain/numbering-range-gateway.port';
import { aRange } from '../../numbering-ranges/domain/testing/numbering-range.builder';
import { TenantFactusLoginFailedError, TenantNotFoundError } from '../domain/tenant.errors';
import { InMemoryTenantStore } from '../testing/in-memory-tenant-store';
import { TenantCheckUseCase } from './tenant-check.use-case';

const FACTUS = {
  baseUrl: 'https://factus.example',
  clientId: 'client-1',
  clientSecret: 'client-secret-1',
  username: 'facturacion@acme.com.co',
  password: 'password-1',
};

function company(nit: string): CompanyProfile {
  return {
    nit,
    dv: '7',
    company: 'ACME S.A.S.',
    tradeName: 'ACME',
    names: null,
    surnames: null,
    registrationCode: null,
    economicActivity: null,
    phone: null,
    email: 'facturacion@acme.com.co',
    address: null,
    tribute: null,
    legalOrganization: null,
    municipality: null,
    responsibilities: [],
    urlLogo: null,
  };
}

/** A Factus that knows one client and one user, and shows who called it. */
class FakeFactus implements Pick<AuthGateway, 'authenticate'> {
  logins: { email: string; budget?: string; client?: ProviderClient }[] = [];
  sessions: ProviderSession[] = [];
  refusal = 'The user credentials were incorrect.';
  companyNit = '900825759';
  down = false;

  authenticate(email: string, password: string, budget?: string, client?: ProviderClient) {
    this.logins.push({ email, budget, client });
    if (this.down)
      return Promise.reject(
        new FactusUnavailableError(
          'Factus could not be reached (POST /oauth/token: connect ECONNREFUSED).',
        ),
      );
    if (password !== FACTUS.password || client?.clientSecret !== FACTUS.clientSecret)
      return Promise.reject(new AuthenticationFailedError(this.refusal));
    return Promise.resolve({
      accessToken: 'access-1',
      tokenType: 'Bearer',
      expiresIn: 3600,
      expiresAt: new Date(),
      refreshToken: 'refresh-1',
    });
  }

  readonly account: Pick<AccountGateway, 'company'> = {
    company: (session) => {
      this.sessions.push(session);
      return Promise.resolve(company(this.companyNit));
    },
  };

  readonly ranges: Pick<NumberingRangeGateway, 'list'> = {
    list: (_filter, session) => {
      this.sessions.push(session);
      return Promise.resolve([aRange(), aRange({ id: 390, document: '22', prefix: 'NC' })]);
    },
  };
}

describe('TenantCheckUseCase', () => {
  let store: InMemoryTenantStore;
  let factus: FakeFactus;
  let check: TenantCheckUseCase;

  beforeEach(() => {
    store = new InMemoryTenantStore();
    factus = new FakeFactus();
    check = new TenantCheckUseCase(
      store,
      factus as unknown as AuthGateway,
      factus.account as AccountGateway,
      factus.ranges as NumberingRangeGateway,
    );
  });

  const register = (overrides: Partial<typeof FACTUS> = {}) =>
    store.create({
      id: 'acme',
      name: 'ACME S.A.S.',
      nit: '900825759',
      factus: { ...FACTUS, ...overrides },
      rateLimit: 40,
      source: 'api',
    });

  it("logs in with the tenant's client and user on its own budget, and reads with that session", async () => {
    await register();
    const result = await check.execute('acme');

    expect(factus.logins).toEqual([
      {
        email: FACTUS.username,
        budget: 'user',
        client: {
          tenantId: 'acme',
          baseUrl: FACTUS.baseUrl,
          clientId: FACTUS.clientId,
          clientSecret: FACTUS.clientSecret,
          rateLimit: 40,
        },
      },
    ]);
    const expected: ProviderSession = {
      accessToken: 'access-1',
      accountKey: 'tenant:acme',
      account: { tenantId: 'acme', baseUrl: FACTUS.baseUrl, rateLimit: 40 },
    };
    expect(factus.sessions).toEqual([expected, expected]);
    expect(result.company.nit).toBe('900825759');
    expect(result.nitMatches).toBe(true);
    expect(result.ranges.map((range) => range.id)).toEqual([389, 390]);
  });

  it("says when the company behind the credentials has another NIT than the tenant's", async () => {
    await register();
    factus.companyNit = '800111222';
    expect((await check.execute('acme')).nitMatches).toBe(false);
  });

  it('checks a disabled tenant too', async () => {
    await register();
    await store.update('acme', { enabled: false });
    await expect(check.execute('acme')).resolves.toMatchObject({ nitMatches: true });
  });

  it('turns a refused login into TENANT_FACTUS_LOGIN_FAILED, quoting Factus, never a secret', async () => {
    await register({ password: 'wrong-password' });
    const error = await check.execute('acme').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TenantFactusLoginFailedError);
    const { detail } = error as TenantFactusLoginFailedError;
    expect(detail).toContain('tenant acme');
    expect(detail).toContain(FACTUS.baseUrl);
    expect(detail).toContain('The user credentials were incorrect.');
    expect(detail).not.toContain('wrong-password');
    expect(detail).not.toContain(FACTUS.clientSecret);
    expect(factus.sessions).toEqual([]);
  });

  it("leaves out Factus's message when it repeats a secret", async () => {
    await register({ clientSecret: 'bad-secret' });
    factus.refusal = 'Client bad-secret is not known';
    const error = (await check.execute('acme').catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(TenantFactusLoginFailedError);
    expect(error.message).not.toContain('bad-secret');
  });

  it('lets an unreachable Factus answer as itself, and an unknown tenant is TENANT_NOT_FOUND', async () => {
    await register();
    factus.down = true;
    await expect(check.execute('acme')).rejects.toThrow(FactusUnavailableError);
    await expect(check.execute('nope')).rejects.toThrow(TenantNotFoundError);
  });
});
