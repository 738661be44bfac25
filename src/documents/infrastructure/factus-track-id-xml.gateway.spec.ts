import { FactusApiError, FactusBadResponseError } from '../../factus/factus.errors';
import { FakeAnswer, fakeFactusClient } from '../../factus/testing/fake-transport';
import { TrackIdNotFoundError } from '../domain/track-id.errors';
import { FactusTrackIdXmlGateway } from './factus-track-id-xml.gateway';

const SESSION = { accessToken: 'tok-1', accountKey: 'token:abc' };
const CUDE = '0123456789abcdef'.repeat(6);
const XML = '<?xml version="1.0"?><CreditNote/>';

function gatewayWith(...answers: FakeAnswer[]) {
  const fake = fakeFactusClient(answers);
  return { gateway: new FactusTrackIdXmlGateway(fake.client), requests: fake.requests };
}

describe('FactusTrackIdXmlGateway', () => {
  it('asks GET /v2/documents/:trackId/download-xml and decodes the file', async () => {
    const { gateway, requests } = gatewayWith({
      status: 200,
      body: {
        status: 'OK',
        message: 'Solicitud exitosa',
        data: {
          file_name: 'nc09017242540002600000001',
          xml_base_64_encoded: Buffer.from(XML).toString('base64'),
        },
      },
    });
    const file = await gateway.downloadXml(CUDE, SESSION);
    expect(requests[0]).toMatchObject({
      method: 'GET',
      url: `/v2/documents/${CUDE}/download-xml`,
    });
    expect(requests[0].headers.Authorization).toBe('Bearer tok-1');
    expect(file.fileName).toBe('nc09017242540002600000001');
    expect(file.content.toString()).toBe(XML);
  });

  it('drops an .xml extension and falls back to the track id for a missing name', async () => {
    const named = gatewayWith({
      status: 200,
      body: { data: { file_name: 'fv1.xml', xml_base_64_encoded: 'PGEvPg==' } },
    });
    expect((await named.gateway.downloadXml(CUDE, SESSION)).fileName).toBe('fv1');
    const unnamed = gatewayWith({
      status: 200,
      body: { data: { xml_base_64_encoded: 'PGEvPg==' } },
    });
    expect((await unnamed.gateway.downloadXml(CUDE, SESSION)).fileName).toBe(CUDE);
  });

  it('reads a 404 as DOCUMENT_NOT_FOUND', async () => {
    const { gateway } = gatewayWith({
      status: 404,
      body: { status: 'Not Found', message: 'Documento no encontrado' },
    });
    const error = await gateway.downloadXml(CUDE, SESSION).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TrackIdNotFoundError);
    expect(error).toMatchObject({ code: 'DOCUMENT_NOT_FOUND', kind: 'not_found' });
  });

  it('keeps any other refusal as Factus gave it (409: not validated)', async () => {
    const { gateway } = gatewayWith({
      status: 409,
      body: { status: 'Conflict', message: 'El documento no ha sido validado por la DIAN' },
    });
    const error = await gateway.downloadXml(CUDE, SESSION).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactusApiError);
    expect(error).toMatchObject({ code: 'FACTUS_CONFLICT', status: 409 });
  });

  it('answers FACTUS_BAD_RESPONSE to a success without a file', async () => {
    const { gateway } = gatewayWith({ status: 200, body: { data: { file_name: 'fv1' } } });
    await expect(gateway.downloadXml(CUDE, SESSION)).rejects.toBeInstanceOf(FactusBadResponseError);
  });
});
