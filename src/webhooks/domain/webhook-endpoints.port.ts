import type { EventType } from './webhook-event';
import type { WebhookEndpoint } from './webhook-endpoint';

export const WEBHOOK_ENDPOINTS = Symbol('WEBHOOK_ENDPOINTS');

export interface NewWebhookEndpoint {
  accountKey: string;
  url: string;
  events: (EventType | '*')[];
  description?: string;
  secret: string;
}

export interface WebhookEndpointChanges {
  url?: string;
  events?: (EventType | '*')[];
  description?: string | null;
  enabled?: boolean;
}

/**
 * The accounts' webhook endpoints. Every read and write of the API is scoped by account: an
 * endpoint of another account is simply not found. The delivery worker reads by id only.
 */
export interface WebhookEndpoints {
  create(endpoint: NewWebhookEndpoint, now: Date): Promise<WebhookEndpoint>;
  list(accountKey: string): Promise<WebhookEndpoint[]>;
  get(accountKey: string, id: string): Promise<WebhookEndpoint | undefined>;
  /** Enabling again clears `disabledReason` and `failingSince`. */
  update(
    accountKey: string,
    id: string,
    changes: WebhookEndpointChanges,
    now: Date,
  ): Promise<WebhookEndpoint | undefined>;
  remove(accountKey: string, id: string): Promise<boolean>;
  /** The new secret signs from now on; the current one keeps signing until `previousUntil`. */
  rotateSecret(
    accountKey: string,
    id: string,
    secret: string,
    previousUntil: Date,
    now: Date,
  ): Promise<WebhookEndpoint | undefined>;
  /** For the delivery worker (no account scope). */
  findById(id: string): Promise<WebhookEndpoint | undefined>;
  /** Enabled endpoints of an account subscribed to `type` (fan-out). */
  subscribedTo(accountKey: string, type: EventType): Promise<WebhookEndpoint[]>;
  /** The worker's view of health: failing since the first failure, healthy again on a 2xx. */
  markFailing(id: string, since: Date): Promise<void>;
  markHealthy(id: string): Promise<void>;
  /** 410 Gone, or failing for too long; false when it was disabled already (by another). */
  disable(id: string, reason: string, now: Date): Promise<boolean>;
}
