import type { EventType, WebhookEvent } from './webhook-event';

export const EVENT_LOG = Symbol('EVENT_LOG');

/** Where a page of the log starts: after this position, in this direction. */
export interface EventCursor {
  /** `newest`: newest first (the default listing); `oldest`: in the order events happened. */
  order: 'newest' | 'oldest';
  /** The `seq` of the last event of the previous page (or of `after`). */
  seq: string;
}

export interface EventFilter {
  type?: EventType;
}

export interface EventPage {
  events: WebhookEvent[];
  next?: EventCursor;
}

/** An event that no ledger change writes (a range running low, an endpoint disabled). */
export type NewEvent = Omit<WebhookEvent, 'seq'>;

/**
 * Every event of every account, in the order they happened (`seq`). Document events are written
 * by the ledger itself, in the same statement as the change (the outbox); others are appended.
 */
export interface EventLog {
  /**
   * One page of the account's events. Without a cursor: newest first. The page after a
   * cursor continues in its order; `oldest` pages are how a caller catches up after an event.
   */
  list(
    accountKey: string,
    filter: EventFilter,
    cursor: EventCursor | undefined,
    limit: number,
  ): Promise<EventPage>;
  /** undefined when the account has no such event (another account's included). */
  get(accountKey: string, id: string): Promise<WebhookEvent | undefined>;
  /**
   * Writes the event unless one with its id exists (deterministic ids make it once only).
   * @returns whether it was written
   */
  append(event: NewEvent): Promise<boolean>;
}
