import { FakeAnswer, fakeFactusClient } from '../../factus/testing/fake-transport';
import { CompanyUpdateRefusedError } from '../domain/account.errors';
import type { CompanyUpdate } from '../domain/company-update';
import { FactusAccountGateway } from './factus-account.gateway';

const SESSION = { accessToken: 'tok-1', accountKey: 'token:abc' };

/** The request example of v2 empresas/actualizar, in our names (responsibility from the table). */
const UPDATE: CompanyUpdate = {
  legalOrganizationCode: '2',
  names: 'Alan',
  surnames: 'Turing',
  responsibilities: 'R-99-PN',
  economicActivity: '6920',
  email: 'alanturing@enigmasas.com',
  address: 'calle 100 #50-80',
  tradeName: '',
  phone: '0987654321',
  municipalityCode: '68872',
  tributeCode: 'ZZ',
};

const COMPANY = {
  url_logo: '',
  nit: '900825759',
  dv: '7',
  company: '',
  names: 'Alan',
  surnames: 'Turing',
  municipality: {
    code: '68872',
    name: 'Villanueva',
    department: { code: '68', name: 'Santander' },
  },
  legal_organization: { code: '2', name: 'Persona Natural' },
  responsibilities: [{ code: 'R-99-PN', name: 'No responsable' }],
};

function gatewayWith(...answers: FakeAnswer[]) {
  const fake = fakeFactusClient(answers);
  return { gateway: new FactusAccountGateway(fake.client), requests: fake.requests };
}

describe('FactusAccountGateway.updateCompany', () => {
  it('sends PUT /v2/companies with the snake_case body ("" clears a text) and reads the company', async () => {
    const { gateway, requests } = gatewayWith({
      status: 200,
      body: { status: 'OK', message: 'Empresa actualizada', data: COMPANY },
    });
    const profile = await gateway.updateCompany(UPDATE, SESSION);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ method: 'PUT', url: '/v2/companies' });
    expect(requests[0].headers['Content-Type']).toBe('application/json');
    expect(JSON.parse(requests[0].data as string)).toEqual({
      legal_organization_code: '2',
      trade_name: '',
      names: 'Alan',
      surnames: 'Turing',
      economic_activity: '6920',
      phone: '0987654321',
      email: 'alanturing@enigmasas.com',
      address: 'calle 100 #50-80',
      tribute_code: 'ZZ',
      municipality_code: '68872',
      responsibilities: 'R-99-PN',
    });
    expect(profile).toMatchObject({ nit: '900825759', names: 'Alan', surnames: 'Turing' });
  });

  it('leaves out what the update leaves out', async () => {
    const { gateway, requests } = gatewayWith({ status: 200, body: { data: COMPANY } });
    await gateway.updateCompany(
      { legalOrganizationCode: '1', company: 'X S.A.S.', municipalityCode: '11001' },
      SESSION,
    );
    expect(JSON.parse(requests[0].data as string)).toEqual({
      legal_organization_code: '1',
      company: 'X S.A.S.',
      municipality_code: '11001',
    });
  });

  it('asks GET /v2/companies when the answer holds no company', async () => {
    const { gateway, requests } = gatewayWith(
      { status: 200, body: { status: 'OK', message: 'Empresa actualizada con éxito' } },
      { status: 200, body: { data: COMPANY } },
    );
    const profile = await gateway.updateCompany(UPDATE, SESSION);
    expect(requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      'PUT /v2/companies',
      'GET /v2/companies',
    ]);
    expect(profile.names).toBe('Alan');
  });

  it("reads Factus's 422 under our field names", async () => {
    const { gateway } = gatewayWith({
      status: 422,
      body: {
        status: 'Validation error',
        message: 'Error de validación',
        data: {
          errors: {
            municipality_code: ['El campo municipality_code es inválido.'],
            legal_organization_code: 'El campo legal_organization_code es inválido.',
          },
        },
      },
    });
    const error = await gateway.updateCompany(UPDATE, SESSION).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompanyUpdateRefusedError);
    expect(error).toMatchObject({
      code: 'FACTUS_VALIDATION_FAILED',
      errors: [
        { field: 'municipalityCode', message: 'El campo municipality_code es inválido.' },
        {
          field: 'legalOrganizationCode',
          message: 'El campo legal_organization_code es inválido.',
        },
      ],
    });
  });
});

describe('FactusAccountGateway.uploadLogo', () => {
  const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x01]);

  it('posts the logo as multipart in the field image, named and typed from its sniffed type', async () => {
    const { gateway, requests } = gatewayWith({
      status: 200,
      body: { data: { ...COMPANY, url_logo: 'https://factus.test/storage/images/logos/x.jpg' } },
    });
    const profile = await gateway.uploadLogo({ type: 'jpeg', content: PNG }, SESSION);
    expect(requests[0]).toMatchObject({ method: 'POST', url: '/v2/companies/logo' });
    expect(requests[0].headers['Content-Type']).toMatch(/^multipart\/form-data; boundary=/);
    const body = (requests[0].binary as Buffer).toString('latin1');
    expect(body).toContain(
      'Content-Disposition: form-data; name="image"; filename="logo.jpg"\r\nContent-Type: image/jpeg\r\n\r\n',
    );
    expect(body).toContain(PNG.toString('latin1'));
    expect(profile.urlLogo).toBe('https://factus.test/storage/images/logos/x.jpg');
  });

  it('asks GET /v2/companies when the answer holds no company, and reads a 422 as the logo refused', async () => {
    const fallback = gatewayWith(
      { status: 200, body: { status: 'OK', message: 'Logo actualizado' } },
      { status: 200, body: { data: { ...COMPANY, url_logo: 'https://factus.test/l.png' } } },
    );
    expect(
      (await fallback.gateway.uploadLogo({ type: 'png', content: PNG }, SESSION)).urlLogo,
    ).toBe('https://factus.test/l.png');
    expect(fallback.requests.map((r) => r.method)).toEqual(['POST', 'GET']);

    const refused = gatewayWith({
      status: 422,
      body: { data: { errors: { image: ['El campo image debe ser una imagen.'] } } },
    });
    const error = await refused.gateway
      .uploadLogo({ type: 'png', content: PNG }, SESSION)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CompanyUpdateRefusedError);
    expect(error).toMatchObject({
      message: expect.stringMatching(/^Factus refused the logo/),
      errors: [{ field: 'image', message: 'El campo image debe ser una imagen.' }],
    });
  });
});
