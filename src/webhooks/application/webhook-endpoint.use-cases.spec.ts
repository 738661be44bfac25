import type { WebhookEndpoint } from '../domain/webhook-endpoint';
import type { WebhookEndpoints } from '../domain/webhook-endpoints.port';
import { WebhookEndpointNotFoundError, WebhookTargetRefusedError } from '../domain/webhook.errors';
import { WebhookEndpointUseCases } from './webhook-endpoint.use-cases';
import { WebhookTargetGuard } from './webhook-target-guard';

const NOW = new Date('2026-12-01T15:00:00.000Z');
const OVERLAP_MS = 3_600_000;

const stored: WebhookEndpoint = {
  id: 'we_1',
  accountKey: 'account-a',
  url: 'https://erp.example.com/hooks',
  events: ['*'],
  enabled: true,
  secret: 'whsec_old',
  createdAt: NOW,
  updatedAt: NOW,
};

function setUp() {
  const endpoints = {
    create: jest.fn((endpoint: object) => Promise.resolve({ ...stored, ...endpoint })),
    update: jest.fn((_a: string, _id: string, changes: object) =>
      Promise.resolve({ ...stored, ...changes }),
    ),
    rotateSecret: jest.fn((_a: string, _id: string, secret: string) =>
      Promise.resolve({ ...stored, secret, previousSecret: stored.secret }),
    ),
    get: jest.fn(() => Promise.resolve(undefined)),
    remove: jest.fn(() => Promise.resolve(false)),
  };
  const guard = new WebhookTargetGuard({ requireHttps: true, allowPrivateTargets: false }, () =>
    Promise.resolve(['93.184.216.34']),
  );
  const useCases = new WebhookEndpointUseCases(
    endpoints as unknown as WebhookEndpoints,
    guard,
    { rotationOverlapMs: OVERLAP_MS },
    { now: () => NOW },
  );
  return { endpoints, useCases };
}

describe('WebhookEndpointUseCases', () => {
  it('stores the URL as the guard read it, each event type once, and a new whsec_ secret', async () => {
    const { endpoints, useCases } = setUp();
    const created = await useCases.create('account-a', {
      url: 'HTTPS://ERP.Example.com:443/hooks',
      events: ['invoice.validated', 'invoice.validated', '*'],
    });
    expect(endpoints.create).toHaveBeenCalledWith(
      {
        accountKey: 'account-a',
        url: 'https://erp.example.com/hooks',
        events: ['invoice.validated', '*'],
        secret: expect.stringMatching(/^whsec_/),
      },
      NOW,
    );
    expect(created.secret).not.toBe(stored.secret);
  });

  it('refuses a URL the guard refuses, on create and on update, storing nothing', async () => {
    const { endpoints, useCases } = setUp();
    await expect(
      useCases.create('account-a', { url: 'https://10.0.0.1/', events: ['*'] }),
    ).rejects.toBeInstanceOf(WebhookTargetRefusedError);
    await expect(
      useCases.update('account-a', 'we_1', { url: 'http://erp.example.com/' }),
    ).rejects.toBeInstanceOf(WebhookTargetRefusedError);
    expect(endpoints.create).not.toHaveBeenCalled();
    expect(endpoints.update).not.toHaveBeenCalled();
  });

  it('clears the description when PATCH sends an empty one', async () => {
    const { endpoints, useCases } = setUp();
    await useCases.update('account-a', 'we_1', { description: '' });
    expect(endpoints.update).toHaveBeenCalledWith('account-a', 'we_1', { description: null }, NOW);
  });

  it('rotates with the previous secret signing for the configured overlap', async () => {
    const { endpoints, useCases } = setUp();
    const rotated = await useCases.rotateSecret('account-a', 'we_1');
    const until = new Date(NOW.getTime() + OVERLAP_MS);
    expect(rotated.previousSecretExpiresAt).toEqual(until);
    expect(endpoints.rotateSecret).toHaveBeenCalledWith(
      'account-a',
      'we_1',
      rotated.endpoint.secret,
      until,
      NOW,
    );
    expect(rotated.endpoint.secret).toMatch(/^whsec_/);
  });

  it('answers WEBHOOK_ENDPOINT_NOT_FOUND for an endpoint the account does not have', async () => {
    const { useCases } = setUp();
    await expect(useCases.get('account-a', 'we_x')).rejects.toBeInstanceOf(
      WebhookEndpointNotFoundError,
    );
    await expect(useCases.remove('account-a', 'we_x')).rejects.toBeInstanceOf(
      WebhookEndpointNotFoundError,
    );
  });
});
