import { FactusBadResponseError } from '../../factus/factus.errors';
import { FakeAnswer, fakeFactusClient } from '../../factus/testing/fake-transport';
import { AcquirerNotFoundError } from '../domain/acquirer.errors';
import { FactusAcquirerGateway } from './factus-acquirer.gateway';

const SESSION = { accessToken: 'tok-1', accountKey: 'token:abc' };
const QUERY = { identificationDocumentCode: '13', identification: '1399995' };

function gatewayWith(...answers: FakeAnswer[]) {
  const fake = fakeFactusClient(answers);
  return { gateway: new FactusAcquirerGateway(fake.client), requests: fake.requests };
}

describe('FactusAcquirerGateway', () => {
  it('asks DIAN through Factus and reads the docs example', async () => {
    const { gateway, requests } = gatewayWith({
      status: 200,
      body: {
        status: 'OK',
        message: 'Solicitud exitosa',
        data: {
          name: 'Nombre Cédula de ciudadanía 5',
          email: 'Mail_Cédula de ciudadanía_5@mail.com',
        },
      },
    });
    const acquirer = await gateway.find(QUERY, SESSION);
    expect(requests[0].method).toBe('GET');
    expect(requests[0].url).toBe('/v2/dian/acquirer');
    expect(requests[0].params).toEqual({
      identification_document_code: '13',
      identification_number: '1399995',
    });
    expect(requests[0].headers.Authorization).toBe('Bearer tok-1');
    expect(acquirer).toEqual({
      name: 'Nombre Cédula de ciudadanía 5',
      email: 'Mail_Cédula de ciudadanía_5@mail.com',
    });
  });

  it('gives a null e-mail when DIAN has none', async () => {
    const { gateway } = gatewayWith({ status: 200, body: { data: { name: 'ACME', email: '' } } });
    expect(await gateway.find(QUERY, SESSION)).toEqual({ name: 'ACME', email: null });
  });

  it.each<[string, FakeAnswer]>([
    [
      'a Factus 404',
      { status: 404, body: { status: 'Not Found', message: 'Adquiriente no encontrado' } },
    ],
    ['an empty record', { status: 200, body: { data: { name: null, email: null } } }],
    ['no data', { status: 200, body: { status: 'OK', data: null } }],
  ])('answers ACQUIRER_NOT_FOUND for %s', async (_case, answer) => {
    const { gateway } = gatewayWith(answer);
    await expect(gateway.find(QUERY, SESSION)).rejects.toBeInstanceOf(AcquirerNotFoundError);
  });

  it('keeps the Factus message in the not-found detail', async () => {
    const { gateway } = gatewayWith({
      status: 404,
      body: { status: 'Not Found', message: 'Adquiriente no encontrado' },
    });
    await expect(gateway.find(QUERY, SESSION)).rejects.toThrow(
      /1399995.*Adquiriente no encontrado/,
    );
  });

  it('refuses data that is not an object', async () => {
    const { gateway } = gatewayWith({ status: 200, body: { data: 'x' } });
    await expect(gateway.find(QUERY, SESSION)).rejects.toBeInstanceOf(FactusBadResponseError);
  });

  it('names the field of a malformed record, not its value', async () => {
    const { gateway } = gatewayWith({
      status: 200,
      body: { data: { name: 'ACME', email: ['Mail_Cédula@mail.com'] } },
    });
    const error = await gateway.find(QUERY, SESSION).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactusBadResponseError);
    expect((error as Error).message).toBe(
      'Factus answered GET /v2/dian/acquirer with a body we cannot use: data.email is not text.',
    );
  });

  it('trims what DIAN sends', async () => {
    const { gateway } = gatewayWith({
      status: 200,
      body: { data: { name: '  ACME  ', email: ' a@b.co ' } },
    });
    expect(await gateway.find(QUERY, SESSION)).toEqual({ name: 'ACME', email: 'a@b.co' });
  });
});
