import type { LoadClient } from '../load/load-client';
import { startService, stop } from '../processes';
import { maxInAnyWindow, SimulatorApi } from '../simulator-api';
import { serviceHeaders } from './context';
import { freshSimulator } from './context';
import { CREATE_LINES } from './create';

export interface BurstResult {
  creates: number;
  limit: number;
  windowMs: number;
  statusCodes: Record<string, number>;
  /** 429s the callers received (must be 0: the service queues instead). */
  callerSaw429: number;
  /** Every request Factus received during the burst (token and range lookups included). */
  factusRequests: number;
  /** 429s Factus answered (must be 0: the service stays within the budget). */
  factus429: number;
  /** Most requests Factus received in any window, sliding (must be ≤ limit). */
  peakInAnyWindow: number;
  tookMs: number;
  /** factusRequests / limit × window: the time the budget itself imposes. */
  idealMs: number;
  /** tookMs / idealMs (must be ≤ 1.15). */
  vsIdeal: number;
}

const CREATES = 200;
const LIMIT = 80;
const WINDOW_MS = 3000;

/**
 * 200 creates at once against a service configured with Factus's budget at 80 per 3 s and a
 * simulator enforcing the same: the service must queue, not fail, and never exceed the budget.
 */
export async function burst(
  sim: SimulatorApi,
  load: LoadClient,
  simulatorUrl: string,
): Promise<BurstResult> {
  await freshSimulator(sim);
  const service = await startService({
    simulatorUrl,
    env: {
      FACTUS_RATE_LIMIT: String(LIMIT),
      FACTUS_RATE_WINDOW_MS: String(WINDOW_MS),
      FACTUS_QUEUE_TIMEOUT_MS: '60000',
    },
  });
  try {
    await sim.settings({ rateLimit: LIMIT, rateWindowMs: WINDOW_MS });
    const lastSeq = (await sim.requests()).at(-1)?.seq ?? 0;
    const started = performance.now();
    const result = await load.run({
      url: service.url,
      method: 'POST',
      path: '/api/v1/invoices',
      headers: serviceHeaders,
      connections: CREATES,
      amount: CREATES,
      timeoutSeconds: 60,
      body: { format: 'service-invoice', lines: CREATE_LINES },
    });
    const tookMs = Math.round(Math.min(result.durationSeconds * 1000, performance.now() - started));
    const log = (await sim.requests()).filter((entry) => entry.seq > lastSeq);
    const idealMs = Math.round((log.length / LIMIT) * WINDOW_MS);
    const burstResult: BurstResult = {
      creates: result.requests,
      limit: LIMIT,
      windowMs: WINDOW_MS,
      statusCodes: result.statusCodes,
      callerSaw429: result.statusCodes['429'] ?? 0,
      factusRequests: log.length,
      factus429: log.filter((entry) => entry.status === 429).length,
      peakInAnyWindow: maxInAnyWindow(log, WINDOW_MS),
      tookMs,
      idealMs,
      vsIdeal: Math.round((tookMs / idealMs) * 100) / 100,
    };
    console.log(
      `  burst    ${burstResult.creates} creates ${JSON.stringify(result.statusCodes)}, ` +
        `${burstResult.factusRequests} Factus requests, peak ${burstResult.peakInAnyWindow}/${WINDOW_MS} ms, ` +
        `${tookMs} ms vs ideal ${idealMs} ms`,
    );
    return burstResult;
  } finally {
    await stop(service.child);
  }
}
