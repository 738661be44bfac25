/* The simulator's control API and its OAuth endpoint, as the bench and the soak use them. */
import type { FaultSpec } from '../src/simulator/core/faults';
import type { LoggedRequest } from '../src/simulator/core/request-log';
import { SIMULATOR_DEMO_ACCOUNT } from '../src/simulator/demo-account';
import type { SimulatorSettings } from '../src/simulator/simulator-options';

export interface Counters {
  requests: number;
  tokenRequests: number;
  tokensIssued: number;
  byRoute: Record<string, number>;
}

/** The simulator keeps the last 10 000 requests: counters are exact only below that. */
export const REQUEST_LOG_CAPACITY = 10_000;

/** Limits out of the way for the throughput scenarios (the service is configured to match). */
export const SIMULATOR_UNLIMITED: Partial<SimulatorSettings> = {
  rateLimit: 100_000,
  rateWindowMs: 1000,
  documentsQuota: 1_000_000_000,
  emailDailyLimit: 1_000_000,
};

async function call<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  const text = await response.text();
  if (!response.ok) throw new Error(`${init?.method ?? 'GET'} ${url}: ${response.status} ${text}`);
  return JSON.parse(text) as T;
}

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});

export class SimulatorApi {
  constructor(readonly url: string) {}

  settings(settings: Partial<SimulatorSettings>): Promise<SimulatorSettings> {
    return call(`${this.url}/__simulator/settings`, json('PUT', settings));
  }

  counters(): Promise<Counters> {
    return call(`${this.url}/__simulator/counters`);
  }

  async requests(): Promise<LoggedRequest[]> {
    return (await call<{ data: LoggedRequest[] }>(`${this.url}/__simulator/requests`)).data;
  }

  async fault(spec: FaultSpec): Promise<void> {
    await call(`${this.url}/__simulator/faults`, json('POST', spec));
  }

  async clearFaults(): Promise<void> {
    await call(`${this.url}/__simulator/faults`, { method: 'DELETE' });
  }

  /** A Factus access token of the demo user (password grant), for the baseline and direct runs. */
  async demoToken(): Promise<string> {
    const form = new URLSearchParams({
      grant_type: 'password',
      client_id: SIMULATOR_DEMO_ACCOUNT.clientId,
      client_secret: SIMULATOR_DEMO_ACCOUNT.clientSecret,
      username: SIMULATOR_DEMO_ACCOUNT.email,
      password: SIMULATOR_DEMO_ACCOUNT.password,
    });
    const body = await call<{ access_token: string }>(`${this.url}/oauth/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form.toString(),
    });
    return body.access_token;
  }
}

/** Most requests the simulator received in any `windowMs`, sliding over arrival times. */
export function maxInAnyWindow(log: readonly LoggedRequest[], windowMs: number): number {
  const times = log.map((entry) => Date.parse(entry.at)).sort((a, b) => a - b);
  let max = 0;
  for (let i = 0, j = 0; i < times.length; i += 1) {
    while (times[i] - times[j] >= windowMs) j += 1;
    max = Math.max(max, i - j + 1);
  }
  return max;
}
