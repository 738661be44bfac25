import type { EventType } from './webhook-event';

/** Where an account wants its events: a URL, the event types (or `*`), and the signing secret. */
export interface WebhookEndpoint {
  /** `we_…` */
  id: string;
  accountKey: string;
  url: string;
  events: (EventType | '*')[];
  description?: string;
  enabled: boolean;
  /** Why it was disabled (410 Gone, failing too long, by its owner). */
  disabledReason?: string;
  /** `whsec_…` (Standard Webhooks): never shown again after creation / rotation. */
  secret: string;
  /** After a rotation, the previous secret also signs until `previousSecretUntil`. */
  previousSecret?: string;
  previousSecretUntil?: Date;
  /** Since when every delivery has failed. */
  failingSince?: Date;
  createdAt: Date;
  updatedAt: Date;
}

export function subscribes(endpoint: Pick<WebhookEndpoint, 'events'>, type: EventType): boolean {
  return endpoint.events.includes('*') || endpoint.events.includes(type);
}
