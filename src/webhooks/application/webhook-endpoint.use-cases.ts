import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '../../common/domain/clock';
import { WEBHOOKS_CONFIG, type WebhooksConfig } from '../../config/config-tokens';
import type { WebhookEndpoint } from '../domain/webhook-endpoint';
import {
  WEBHOOK_ENDPOINTS,
  type WebhookEndpointChanges,
  type WebhookEndpoints,
} from '../domain/webhook-endpoints.port';
import type { EventType } from '../domain/webhook-event';
import { WebhookEndpointNotFoundError } from '../domain/webhook.errors';
import { newSigningSecret } from './webhook-endpoint-secret';
import { WebhookTargetGuard } from './webhook-target-guard';

export interface WebhookEndpointRequest {
  url: string;
  events: (EventType | '*')[];
  description?: string;
}

export interface RotatedSecret {
  endpoint: WebhookEndpoint;
  /** Until when the secret that was replaced keeps signing too. */
  previousSecretExpiresAt: Date;
}

/**
 * The webhook endpoints API of an account: every operation is scoped by its `accountKey`, and
 * every URL is checked by the SSRF guard before it is stored.
 */
@Injectable()
export class WebhookEndpointUseCases {
  constructor(
    @Inject(WEBHOOK_ENDPOINTS) private readonly endpoints: WebhookEndpoints,
    private readonly guard: WebhookTargetGuard,
    @Inject(WEBHOOKS_CONFIG) private readonly config: Pick<WebhooksConfig, 'rotationOverlapMs'>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async create(accountKey: string, request: WebhookEndpointRequest): Promise<WebhookEndpoint> {
    const { url } = await this.guard.check(request.url);
    return this.endpoints.create(
      {
        accountKey,
        url: url.href,
        events: distinct(request.events),
        ...(request.description ? { description: request.description } : {}),
        secret: newSigningSecret(),
      },
      this.clock.now(),
    );
  }

  list(accountKey: string): Promise<WebhookEndpoint[]> {
    return this.endpoints.list(accountKey);
  }

  async get(accountKey: string, id: string): Promise<WebhookEndpoint> {
    return found(id, await this.endpoints.get(accountKey, id));
  }

  async update(
    accountKey: string,
    id: string,
    changes: WebhookEndpointChanges,
  ): Promise<WebhookEndpoint> {
    const checked: WebhookEndpointChanges = { ...changes };
    if (changes.url !== undefined) checked.url = (await this.guard.check(changes.url)).url.href;
    if (changes.events !== undefined) checked.events = distinct(changes.events);
    // An empty description is how a caller clears it (a JSON null never reaches here).
    if (changes.description === '') checked.description = null;
    return found(id, await this.endpoints.update(accountKey, id, checked, this.clock.now()));
  }

  async remove(accountKey: string, id: string): Promise<void> {
    if (!(await this.endpoints.remove(accountKey, id))) throw new WebhookEndpointNotFoundError(id);
  }

  async rotateSecret(accountKey: string, id: string): Promise<RotatedSecret> {
    const now = this.clock.now();
    const previousSecretExpiresAt = new Date(now.getTime() + this.config.rotationOverlapMs);
    const endpoint = await this.endpoints.rotateSecret(
      accountKey,
      id,
      newSigningSecret(),
      previousSecretExpiresAt,
      now,
    );
    return { endpoint: found(id, endpoint), previousSecretExpiresAt };
  }
}

function found(id: string, endpoint: WebhookEndpoint | undefined): WebhookEndpoint {
  if (!endpoint) throw new WebhookEndpointNotFoundError(id);
  return endpoint;
}

function distinct<T>(values: T[]): T[] {
  return [...new Set(values)];
}
