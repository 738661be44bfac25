import type { AppConfig } from '../../config/app-config';
import { loadConfig } from '../../config/load-config';
import { FactusHttpClient } from '../factus-http.client';
import { SlidingWindowRateLimiter } from '../resilience/sliding-window-rate-limiter';
import { networkFailure } from '../transport/factus-transport.error';
import type {
  FactusTransport,
  FactusTransportRequest,
  FactusTransportResponse,
} from '../transport/factus-transport.port';

export type FakeAnswer =
  | { status: number; body?: unknown; raw?: string; headers?: Record<string, string> }
  | { networkError: string };

/**
 * A transport that records each request and answers from a script, so adapters can be tested
 * for their exact wire shape without a server. `networkError` takes a network error code
 * (`ECONNREFUSED`, `ECONNRESET`, `ECONNABORTED`…) and fails the way the real transport would.
 */
export class FakeFactusTransport implements FactusTransport {
  readonly requests: FactusTransportRequest[] = [];
  closed = false;

  constructor(private readonly answers: FakeAnswer[] = []) {}

  answer(...answers: FakeAnswer[]): this {
    this.answers.push(...answers);
    return this;
  }

  request(request: FactusTransportRequest): Promise<FactusTransportResponse> {
    this.requests.push(request);
    const answer = this.answers.shift();
    if (!answer) return Promise.reject(new Error('fake transport: no scripted answer left'));
    if ('networkError' in answer) {
      return Promise.reject(networkFailure(answer.networkError, 'network'));
    }
    const rawBody = answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
    const headers = Object.fromEntries(
      Object.entries(answer.headers ?? {}).map(([name, value]) => [name.toLowerCase(), value]),
    );
    return Promise.resolve({ status: answer.status, headers, rawBody });
  }

  close(): void {
    this.closed = true;
  }
}

/** The configuration of the fakes: no retries or backoff delays unless a test asks for them. */
export function fakeAppConfig(factus: Partial<AppConfig['factus']> = {}): AppConfig {
  const base = loadConfig({
    FACTUS_BASE_URL: 'https://factus.test',
    FACTUS_CLIENT_ID: 'cid',
    FACTUS_CLIENT_SECRET: 'csecret',
  });
  return {
    ...base,
    factus: { ...base.factus, retry: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 }, ...factus },
  };
}

/** A FactusHttpClient over a FakeFactusTransport: each scripted answer is one request. */
export function fakeFactusClient(answers: FakeAnswer[], config: Partial<AppConfig['factus']> = {}) {
  const transport = new FakeFactusTransport(answers);
  const appConfig = fakeAppConfig(config);
  const limiter = new SlidingWindowRateLimiter({ ...appConfig.factus.rateLimit, limit: 1000 });
  const client = new FactusHttpClient(transport, appConfig.factus, limiter);
  return { client, requests: transport.requests, config: appConfig, transport };
}
