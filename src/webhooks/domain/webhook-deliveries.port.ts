import type { DeliveryAttempt } from './webhook-delivery';
import type { WebhookEvent } from './webhook-event';

export const WEBHOOK_DELIVERIES = Symbol('WEBHOOK_DELIVERIES');
export const WEBHOOK_SENDER = Symbol('WEBHOOK_SENDER');

/** What the worker needs of the endpoint to send one delivery, read with the claim. */
export interface DeliveryTarget {
  endpointId: string;
  accountKey: string;
  url: string;
  /** The current secret first, then (during a rotation overlap) the previous one. */
  secrets: string[];
  failingSince?: Date;
}

/** A delivery this replica holds the lease of, with its event and target. */
export interface DeliveryClaim {
  deliveryId: string;
  /** This attempt's number (1 for the first try). */
  attempt: number;
  event: WebhookEvent;
  target: DeliveryTarget;
  /** The replica whose lease expired (it died or hung mid-attempt). */
  takenOverFrom?: string;
}

/** One HTTP attempt as recorded (the error is ours or the network's, never a secret). */
export interface AttemptReport {
  statusCode?: number;
  durationMs: number;
  error?: string;
}

export type DeliveryOutcome =
  { state: 'succeeded' } | { state: 'pending'; nextAttemptAt: Date } | { state: 'dead' };

export interface DeliveryStats {
  /** Pending deliveries to enabled endpoints. */
  pending: number;
  /** Age of the oldest of them (0 when none). */
  oldestPendingMs: number;
}

/**
 * The delivery queue: one delivery per event and subscribed endpoint, claimed with a lease
 * (`FOR UPDATE SKIP LOCKED`: one replica per attempt), in order per endpoint and document.
 */
export interface WebhookDeliveries {
  /** Creates the deliveries of up to `limit` events not fanned out yet; the number of events. */
  fanOut(limit: number, firstDelayMs: number, now: Date): Promise<number>;
  claimDue(owner: string, leaseMs: number, limit: number, now: Date): Promise<DeliveryClaim[]>;
  /** Records the attempt and the outcome; false when the lease was lost (outcome not written). */
  settle(
    claim: DeliveryClaim,
    owner: string,
    report: AttemptReport,
    outcome: DeliveryOutcome,
    now: Date,
  ): Promise<boolean>;
  /** Hands this owner's leases back (shutdown): another replica may claim them at once. */
  releaseAll(owner: string): Promise<number>;
  /** Newest first; the endpoint's ownership is the caller's to check. */
  attemptsOf(endpointId: string, limit: number): Promise<DeliveryAttempt[]>;
  /** Puts every delivery of the account's event back to pending now; undefined: no such event. */
  redeliver(accountKey: string, eventId: string, now: Date): Promise<number | undefined>;
  stats(now: Date): Promise<DeliveryStats>;
}

/** One signed POST of a payload to a target. */
export interface WebhookRequest {
  url: URL;
  /** Addresses the target guard checked: the connection goes to these (no DNS rebinding). */
  addresses: string[];
  eventId: string;
  payload: string;
  secrets: string[];
  timestamp: Date;
  timeoutMs: number;
}

export interface WebhookSender {
  send(request: WebhookRequest): Promise<AttemptReport>;
}
