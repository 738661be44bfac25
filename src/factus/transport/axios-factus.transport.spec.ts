import { HttpService } from '@nestjs/axios';
import axios, {
  AxiosAdapter,
  AxiosError,
  InternalAxiosRequestConfig,
  RawAxiosResponseHeaders,
} from 'axios';
import { AxiosFactusTransport } from './axios-factus.transport';
import { FactusTransportError } from './factus-transport.error';
import type { FactusTransportRequest } from './factus-transport.port';

const REQUEST: FactusTransportRequest = {
  method: 'POST',
  baseURL: 'https://factus.test',
  url: '/v2/bills/validate',
  params: { page: 1 },
  headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
  data: '{"a":1}',
  timeoutMs: 1500,
};

/** The real transport over an axios adapter: the one place where axios itself is faked. */
function transportWith(adapter: AxiosAdapter) {
  const instance = axios.create({ adapter });
  return { transport: new AxiosFactusTransport(new HttpService(instance)), instance };
}

function answering(data: unknown, status = 200, headers: RawAxiosResponseHeaders = {}) {
  const seen: InternalAxiosRequestConfig[] = [];
  const adapter: AxiosAdapter = (config) => {
    seen.push(config);
    return Promise.resolve({ data, status, statusText: '', headers, config });
  };
  return { adapter, seen };
}

describe('AxiosFactusTransport', () => {
  it('sends the encoded request with a deadline, raw text, no redirects and every status', async () => {
    const { adapter, seen } = answering('{"ok":true}');
    await transportWith(adapter).transport.request(REQUEST);
    const [config] = seen;
    expect(config).toMatchObject({
      method: 'post',
      baseURL: 'https://factus.test',
      url: '/v2/bills/validate',
      params: { page: 1 },
      data: '{"a":1}',
      timeout: 1500,
      responseType: 'text',
      maxRedirects: 0,
    });
    expect(config.signal).toBeInstanceOf(AbortSignal);
    expect(config.headers['Content-Type']).toBe('application/json');
    expect(config.validateStatus?.(500)).toBe(true);
  });

  it('answers with the status, the raw body and lower-cased, flattened headers', async () => {
    const { adapter } = answering('{"n":1}', 429, {
      'Retry-After': '3',
      'set-cookie': ['a=1', 'b=2'],
      'x-null': null,
    });
    const response = await transportWith(adapter).transport.request(REQUEST);
    expect(response).toEqual({
      status: 429,
      rawBody: '{"n":1}',
      headers: { 'retry-after': '3', 'set-cookie': 'a=1, b=2', 'x-null': undefined },
    });
  });

  it.each([
    ['ECONNABORTED', 'timeout'],
    ['ERR_CANCELED', 'timeout'],
    ['ECONNREFUSED', 'not_sent'],
    ['ECONNRESET', 'connection_lost'],
  ])('classifies axios error %s as %s, keeping its message', async (code, failure) => {
    const adapter: AxiosAdapter = (config) =>
      Promise.reject(new AxiosError(`connect ${code} 127.0.0.1:1`, code, config));
    const error = await transportWith(adapter)
      .transport.request(REQUEST)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(FactusTransportError);
    expect(error).toMatchObject({ failure, detail: code, message: `connect ${code} 127.0.0.1:1` });
  });

  it('wraps a failure that is not an axios error as unclassified, with its cause', async () => {
    const cause = new TypeError('bug');
    const { transport } = transportWith(() => Promise.reject(cause));
    await expect(transport.request(REQUEST)).rejects.toMatchObject({
      failure: 'unclassified',
      cause,
    });
  });

  it('destroys the keep-alive agents on close', () => {
    const { transport, instance } = transportWith(answering('').adapter);
    const httpAgent = { destroy: jest.fn() };
    const httpsAgent = { destroy: jest.fn() };
    Object.assign(instance.defaults, { httpAgent, httpsAgent });
    transport.close();
    expect(httpAgent.destroy).toHaveBeenCalled();
    expect(httpsAgent.destroy).toHaveBeenCalled();
  });
});
