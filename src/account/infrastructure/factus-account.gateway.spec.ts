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

  it('refuses subscriptions without a list', async () => {
    await expect(gatewayWith(ok('x')).gateway.subscriptions(SESSION)).rejects.toBeInstanceOf(
      FactusBadResponseError,
    );
  });
});
