import type { WebhooksConfig } from '../../config/config-tokens';
import type { EventLog, NewEvent } from '../domain/event-log.port';
import type {
  AttemptReport,
  DeliveryClaim,
  DeliveryOutcome,
  WebhookDeliveries,
  WebhookRequest,
  WebhookSender,
} from '../domain/webhook-deliveries.port';
import type { WebhookEndpoints } from '../domain/webhook-endpoints.port';
import { WebhookTargetRefusedError } from '../domain/webhook.errors';
import { GONE_REASON, WebhookDeliveryAttempt } from './webhook-delivery-attempt';
import { NO_WEBHOOK_METRICS } from './webhook-metrics.port';
import type { WebhookTargetGuard } from './webhook-target-guard';

const NOW = new Date('2026-03-01T12:00:00Z');
const CONFIG = {
  retryScheduleMs: [0, 5_000, 300_000],
  timeoutMs: 15_000,
  disableAfterMs: 86_400_000,
} as WebhooksConfig;

function claim(attempt: number, failingSince?: Date): DeliveryClaim {
  return {
    deliveryId: 'del_1',
    attempt,
    event: {
      id: 'evt_1',
      seq: '1',
      accountKey: 'acct',
      type: 'invoice.validated',
      createdAt: NOW,
      data: { referenceCode: 'R1' },
    },
    target: {
      endpointId: 'we_1',
      accountKey: 'acct',
      url: 'https://erp.example.com/hooks',
      secrets: ['whsec_new', 'whsec_old'],
      ...(failingSince ? { failingSince } : {}),
    },
  };
}

function setUp(answer: AttemptReport | Error) {
  const settled: DeliveryOutcome[] = [];
  const sent: WebhookRequest[] = [];
  const appended: NewEvent[] = [];
  const endpoints = { markFailing: jest.fn(), markHealthy: jest.fn(), disable: jest.fn(() => Promise.resolve(true)) };
  const deliveries = {
    settle: (_c: DeliveryClaim, _o: string, _r: AttemptReport, outcome: DeliveryOutcome) => {
      settled.push(outcome);
      return Promise.resolve(true);
    },
  } as unknown as WebhookDeliveries;
  const sender: WebhookSender = {
    send: (request) => {
      sent.push(request);
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
  };
  const guard = {
    check: (url: string) =>
      answer instanceof WebhookTargetRefusedError
        ? Promise.reject(answer)
        : Promise.resolve({ url: new URL(url), addresses: ['203.0.113.7'] }),
  } as unknown as WebhookTargetGuard;
  const events = {
    append: (event: NewEvent) => {
      appended.push(event);
      return Promise.resolve(true);
    },
  } as unknown as EventLog;
  const attempt = new WebhookDeliveryAttempt(
    deliveries,
    endpoints as unknown as WebhookEndpoints,
    sender,
    CONFIG,
    { now: () => NOW },
    NO_WEBHOOK_METRICS,
    events,
    guard,
  );
  return { attempt, settled, sent, appended, endpoints };
}

describe('WebhookDeliveryAttempt', () => {
  it('posts the { id, type, createdAt, data } envelope signed with every secret, to the checked address', async () => {
    const { attempt, sent, settled } = setUp({ statusCode: 204, durationMs: 5 });
    await expect(attempt.run(claim(1), 'r1')).resolves.toEqual({ state: 'succeeded' });
    expect(JSON.parse(sent[0].payload)).toEqual({
      id: 'evt_1',
      type: 'invoice.validated',
      createdAt: NOW.toISOString(),
      data: { referenceCode: 'R1' },
    });
    expect(sent[0]).toMatchObject({
      eventId: 'evt_1',
      addresses: ['203.0.113.7'],
      secrets: ['whsec_new', 'whsec_old'],
      timeoutMs: 15_000,
    });
    expect(settled).toEqual([{ state: 'succeeded' }]);
  });

  it('schedules a failed attempt’s retry from the schedule (±10 %), and marks the endpoint failing', async () => {
    const { attempt, settled, endpoints } = setUp({
      statusCode: 500,
      durationMs: 5,
      error: 'HTTP 500',
    });
    const outcome = await attempt.run(claim(1), 'r1');
    expect(outcome.state).toBe('pending');
    const delay = (outcome as { nextAttemptAt: Date }).nextAttemptAt.getTime() - NOW.getTime();
    expect(delay).toBeGreaterThanOrEqual(4_500);
    expect(delay).toBeLessThanOrEqual(5_500);
    expect(settled).toHaveLength(1);
    expect(endpoints.markFailing).toHaveBeenCalledWith('we_1', NOW);
  });

  it('gives up after the last attempt of the schedule: dead', async () => {
    const { attempt } = setUp({ durationMs: 15_000, error: 'timed out' });
    await expect(attempt.run(claim(3), 'r1')).resolves.toEqual({ state: 'dead' });
  });

  it('disables the endpoint on 410 Gone, with a webhook_endpoint.disabled event', async () => {
    const { attempt, endpoints, appended } = setUp({
      statusCode: 410,
      durationMs: 5,
      error: 'HTTP 410',
    });
    await expect(attempt.run(claim(1), 'r1')).resolves.toEqual({ state: 'dead' });
    expect(endpoints.disable).toHaveBeenCalledWith('we_1', GONE_REASON, NOW);
    expect(appended).toEqual([
      expect.objectContaining({
        type: 'webhook_endpoint.disabled',
        accountKey: 'acct',
        data: expect.objectContaining({ endpointId: 'we_1', reason: GONE_REASON }) as object,
      }),
    ]);
  });

  it('disables an endpoint failing for longer than disableAfterMs, and not before', async () => {
    const young = setUp({ statusCode: 503, durationMs: 5 });
    await young.attempt.run(claim(1, new Date(NOW.getTime() - 3_600_000)), 'r1');
    expect(young.endpoints.disable).not.toHaveBeenCalled();

    const old = setUp({ statusCode: 503, durationMs: 5 });
    await old.attempt.run(claim(1, new Date(NOW.getTime() - 86_400_000)), 'r1');
    expect(old.endpoints.disable).toHaveBeenCalledWith(
      'we_1',
      expect.stringContaining('no 2xx since'),
      NOW,
    );
    expect(old.appended.map((e) => e.type)).toEqual(['webhook_endpoint.disabled']);
  });

  it('marks a failing endpoint healthy again on a 2xx', async () => {
    const { attempt, endpoints } = setUp({ statusCode: 200, durationMs: 5 });
    await attempt.run(claim(2, new Date(NOW.getTime() - 60_000)), 'r1');
    expect(endpoints.markHealthy).toHaveBeenCalledWith('we_1');
  });

  it('does not send to a target the guard refuses now (DNS rebinding): a failed attempt', async () => {
    const { attempt, sent, settled } = setUp(
      new WebhookTargetRefusedError('10.0.0.5 is a private address'),
    );
    const outcome = await attempt.run(claim(1), 'r1');
    expect(sent).toEqual([]);
    expect(outcome.state).toBe('pending');
    expect(settled).toHaveLength(1);
  });
});
