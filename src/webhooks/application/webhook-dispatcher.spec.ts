import type { WebhooksConfig } from '../../config/config-tokens';
import type {
  DeliveryClaim,
  DeliveryOutcome,
  WebhookDeliveries,
} from '../domain/webhook-deliveries.port';
import type { WebhookDeliveryAttempt } from './webhook-delivery-attempt';
import { WebhookDispatcher } from './webhook-dispatcher';
import { NO_WEBHOOK_METRICS } from './webhook-metrics.port';

const CONFIG = {
  retryScheduleMs: [0],
  timeoutMs: 1000,
  pollMs: 20,
  concurrency: 2,
} as WebhooksConfig;

function aClaim(id: string): DeliveryClaim {
  return {
    deliveryId: id,
    attempt: 1,
    event: {} as DeliveryClaim['event'],
    target: {} as DeliveryClaim['target'],
  };
}

async function until(condition: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

describe('WebhookDispatcher', () => {
  it('fans out and sends what is due, at most `concurrency` at once; on shutdown stops claiming, finishes, and hands leases back', async () => {
    const queue = ['del_1', 'del_2', 'del_3'];
    const calls: string[] = [];
    const deliveries = {
      fanOut: jest.fn().mockResolvedValue(0),
      claimDue: jest.fn((_owner: string, _lease: number, limit: number) =>
        Promise.resolve(queue.splice(0, limit).map(aClaim)),
      ),
      releaseAll: jest.fn().mockResolvedValue(1),
      stats: jest.fn(),
    } as unknown as WebhookDeliveries;
    const finish: Array<() => void> = [];
    const attempt = {
      run: (claim: DeliveryClaim) => {
        calls.push(claim.deliveryId);
        return new Promise<DeliveryOutcome>((resolve) =>
          finish.push(() => resolve({ state: 'succeeded' })),
        );
      },
    } as unknown as WebhookDeliveryAttempt;
    const dispatcher = new WebhookDispatcher(
      deliveries,
      CONFIG,
      { now: () => new Date() },
      NO_WEBHOOK_METRICS,
      attempt,
    );

    dispatcher.onApplicationBootstrap();
    await until(() => calls.length === 2);
    expect(deliveries.fanOut).toHaveBeenCalled();
    expect(calls).toEqual(['del_1', 'del_2']);

    const stopped = dispatcher.beforeApplicationShutdown();
    let done = false;
    void stopped.then(() => (done = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(done).toBe(false); // waits for the attempts under way
    finish.forEach((resolve) => resolve());
    await stopped;
    expect(calls).toEqual(['del_1', 'del_2']); // del_3 never claimed after shutdown began
    expect(deliveries.releaseAll).toHaveBeenCalledWith(dispatcher.owner);
  });
});
