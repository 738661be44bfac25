import { FactusBadResponseError } from '../../factus/factus.errors';
import { FakeAnswer, fakeFactusClient } from '../../factus/testing/fake-transport';
import { FactusAccountGateway } from './factus-account.gateway';

const SESSION = { accessToken: 'tok-1', accountKey: 'token:abc' };

/** The company example of the Factus docs (v1 empresas/ver; v2 documents the same fields). */
const DOCS_COMPANY = {
  url_logo: 'http://api.test/storage/images/logos/IURT3at1baB4a7YHgmDPDCoaLJAPxsmJ3eQQeVBq.png',
  nit: '900825759',
  dv: '7',
  company: '',
  trade_name: '',
  names: 'ALAN',
  surnames: 'TURING',
  graphic_representation_name: 'ALAN TURING',
  registration_code: '',
  economic_activity: 6920,
  phone: '0987654321',
  email: 'alanturing@enigmasas.com',
  address: 'calle 100 #50-80',
  tribute: { code: 'ZZ', name: 'No aplica' },
  legal_organization: { code: '2', name: 'Persona Natural' },
  municipality: {
    code: '68872',
    name: 'Villanueva',
    department: { code: '68', name: 'Santander' },
  },
  responsibilities: [{ code: 'R-99-PN', name: 'No responsable' }],
  created_at: '2025-07-23T12:33:22Z',
  updated_at: '2025-09-22T10:58:07Z',
};

/** The subscriptions example of the Factus docs (suscripciones). */
const DOCS_SUBSCRIPTIONS = [
  {
    name: 'Facturación',
    supported_document_types: [
      'Factura de Venta',
      'Nota Crédito',
      'Nota Débito',
      'Documento Soporte',
      'Nota de Ajuste Documento Soporte',
    ],
    documents_quota: 0,
    documents_consumed: 0,
    documents_available: 'Ilimitado',
    days_until_expiration: 365,
    activated_at: '2025-12-10T00:00:00Z',
    expires_at: '2026-12-10T00:00:00Z',
    has_expired: false,
    is_active: true,
    has_unlimited_quota: true,
  },
  {
    name: 'Nómina',
    supported_document_types: ['Nómina', 'Nota de Ajuste Nómina', 'Nota de eliminación de nómina'],
    documents_quota: 100,
    documents_consumed: 0,
    documents_available: 100,
    days_until_expiration: 365,
    activated_at: '2025-12-10T00:00:00Z',
    expires_at: '2026-12-10T00:00:00Z',
    has_expired: false,
    is_active: true,
    has_unlimited_quota: false,
  },
];

function gatewayWith(...answers: FakeAnswer[]) {
  const fake = fakeFactusClient(answers);
  return { gateway: new FactusAccountGateway(fake.client), requests: fake.requests };
}

const ok = (data: unknown): FakeAnswer => ({
  status: 200,
  body: { status: 'OK', message: 'Solicitud exitosa', data },
});

describe('FactusAccountGateway', () => {
  it('reads the company of the docs example, empty strings as null', async () => {
    const { gateway, requests } = gatewayWith(ok(DOCS_COMPANY));
    const company = await gateway.company(SESSION);
    expect(requests[0].url).toBe('/v2/companies');
    expect(requests[0].headers.Authorization).toBe('Bearer tok-1');
    expect(company).toEqual({
      nit: '900825759',
      dv: '7',
      company: null,
      tradeName: null,
      names: 'ALAN',
      surnames: 'TURING',
      registrationCode: null,
      economicActivity: '6920',
      phone: '0987654321',
      email: 'alanturing@enigmasas.com',
      address: 'calle 100 #50-80',
      tribute: { code: 'ZZ', name: 'No aplica' },
      legalOrganization: { code: '2', name: 'Persona Natural' },
      municipality: {
        code: '68872',
        name: 'Villanueva',
        department: { code: '68', name: 'Santander' },
      },
      responsibilities: [{ code: 'R-99-PN', name: 'No responsable' }],
      urlLogo: DOCS_COMPANY.url_logo,
    });
  });

  it('accepts a department written as a plain name', async () => {
    const { gateway } = gatewayWith(
      ok({
        ...DOCS_COMPANY,
        municipality: { code: '68872', name: 'Villanueva', department: 'Santander' },
      }),
    );
    expect((await gateway.company(SESSION)).municipality?.department).toEqual({
      code: '68',
      name: 'Santander',
    });
  });

  it('refuses a company without data or NIT', async () => {
    await expect(gatewayWith(ok(null)).gateway.company(SESSION)).rejects.toBeInstanceOf(
      FactusBadResponseError,
    );
    await expect(
      gatewayWith(ok({ ...DOCS_COMPANY, nit: '' })).gateway.company(SESSION),
    ).rejects.toBeInstanceOf(FactusBadResponseError);
  });

  it('reads the subscriptions of the docs example: "Ilimitado" is unlimited, dates in Bogotá', async () => {
    const { gateway, requests } = gatewayWith(ok(DOCS_SUBSCRIPTIONS));
    const [billing, payroll] = await gateway.subscriptions(SESSION);
    expect(requests[0].url).toBe('/v2/subscriptions');
    expect(billing).toEqual({
      name: 'Facturación',
      supportedDocumentTypes: DOCS_SUBSCRIPTIONS[0].supported_document_types,
      documentsQuota: 0,
      documentsConsumed: 0,
      documentsAvailable: null,
      unlimited: true,
      daysUntilExpiration: 365,
      activatedAt: '2025-12-09T19:00:00-05:00',
      expiresAt: '2026-12-09T19:00:00-05:00',
      hasExpired: false,
      isActive: true,
    });
    expect(payroll).toMatchObject({
      documentsQuota: 100,
      documentsAvailable: 100,
      unlimited: false,
    });
  });

  it('computes what is available when Factus leaves it out', async () => {
    const { documents_available: _omit, ...row } = DOCS_SUBSCRIPTIONS[1];
    const { gateway } = gatewayWith(ok([{ ...row, documents_consumed: 30 }]));
    expect((await gateway.subscriptions(SESSION))[0].documentsAvailable).toBe(70);
  });

  it('names the field of a malformed company and never its value', async () => {
    const missingNit = await gatewayWith(ok({ ...DOCS_COMPANY, nit: '' }))
      .gateway.company(SESSION)
      .catch((e: unknown) => e);
    expect((missingNit as Error).message).toBe(
      'Factus answered GET /v2/companies with a body we cannot use: data.nit is missing.',
    );
    const badEmail = { ...DOCS_COMPANY, email: { address: 'alanturing@enigmasas.com' } };
    const error = await gatewayWith(ok(badEmail))
      .gateway.company(SESSION)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactusBadResponseError);
    expect((error as Error).message).toContain('data.email is not text');
    expect((error as Error).message).not.toContain('alanturing');
  });

  it('refuses a responsibility that is not a code/name entry', async () => {
    const { gateway } = gatewayWith(ok({ ...DOCS_COMPANY, responsibilities: ['R-99-PN'] }));
    await expect(gateway.company(SESSION)).rejects.toThrow('data.responsibilities[0]');
  });

  it.each([
    ['a quota that is not a number', { documents_quota: 'cien' }, 'data[0].documents_quota'],
    ['a missing consumption', { documents_consumed: null }, 'data[0].documents_consumed'],
    // Before parsing at the edge, any text here silently meant "unlimited"; only "Ilimitado" does now.
    [
      'an availability that is neither a count nor "Ilimitado"',
      { documents_available: 'n/a' },
      'data[0].documents_available',
    ],
    ['an unreadable expiry date', { expires_at: '2026-13-10' }, 'data[0].expires_at'],
    ['a missing active flag', { is_active: undefined }, 'data[0].is_active'],
  ])('refuses subscriptions with %s, naming the field', async (_case, change, field) => {
    const { gateway } = gatewayWith(ok([{ ...DOCS_SUBSCRIPTIONS[1], ...change }]));
    const error = await gateway.subscriptions(SESSION).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactusBadResponseError);
    expect((error as Error).message).toContain(`GET /v2/subscriptions`);
    expect((error as Error).message).toContain(field);
  });

  it('accepts a single subscription object and "Ilimitado" in any letter case', async () => {
    const { gateway } = gatewayWith(
      ok({ ...DOCS_SUBSCRIPTIONS[1], documents_available: 'ILIMITADO', has_unlimited_quota: 0 }),
    );
    const [only] = await gateway.subscriptions(SESSION);
    expect(only).toMatchObject({ unlimited: true, documentsAvailable: null });
  });

  it('refuses subscriptions without a list', async () => {
    await expect(gatewayWith(ok('x')).gateway.subscriptions(SESSION)).rejects.toBeInstanceOf(
      FactusBadResponseError,
    );
  });
});
