import { HttpService } from '@nestjs/axios';
import axios, { AxiosAdapter, AxiosError, InternalAxiosRequestConfig } from 'axios';
import type { AppConfig } from '../../config/app-config';
import { loadConfig } from '../../config/load-config';
import { FactusHttpClient } from '../factus-http.client';
import { SlidingWindowRateLimiter } from '../resilience/sliding-window-rate-limiter';

export type FakeAnswer =
  | { status: number; body?: unknown; raw?: string; headers?: Record<string, string> }
  | { networkError: string };

/**
 * An axios transport that records each request and answers from a script, so adapters can be
 * tested for their exact wire shape without a server.
 */
export function fakeFactusClient(answers: FakeAnswer[], config: Partial<AppConfig['factus']> = {}) {
  const requests: InternalAxiosRequestConfig[] = [];
  const adapter: AxiosAdapter = (request) => {
    requests.push(request);
    const answer = answers.shift();
    if (!answer) throw new Error('fake transport: no scripted answer left');
    if ('networkError' in answer) {
      return Promise.reject(new AxiosError('network', answer.networkError, request));
    }
    const data = answer.raw ?? (answer.body === undefined ? '' : JSON.stringify(answer.body));
    return Promise.resolve({
      data,
      status: answer.status,
      statusText: '',
      headers: answer.headers ?? {},
      config: request,
    });
  };
  const base = loadConfig({
    FACTUS_BASE_URL: 'https://factus.test',
    FACTUS_CLIENT_ID: 'cid',
    FACTUS_CLIENT_SECRET: 'csecret',
  });
  // No retries or backoff delays unless a test asks for them: each scripted answer is one request.
  const appConfig: AppConfig = {
    ...base,
    factus: { ...base.factus, retry: { maxRetries: 0, baseDelayMs: 1, maxDelayMs: 1 }, ...config },
  };
  const limiter = new SlidingWindowRateLimiter({ ...appConfig.factus.rateLimit, limit: 1000 });
  const client = new FactusHttpClient(
    new HttpService(axios.create({ adapter })),
    appConfig,
    limiter,
  );
  return { client, requests, config: appConfig };
}
