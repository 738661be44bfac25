/**
 * What ERPs are told: a document reached a state they act on, or a numbering range runs low.
 * Payload `{ id, type, createdAt, data }` (Standard Webhooks' recommended envelope); `id` is also
 * the `webhook-id` of every delivery of it, so that receivers deduplicate retries.
 */
export const DOCUMENT_EVENT_STATES = ['validated', 'pending_dian', 'rejected', 'failed'] as const;
export const DOCUMENT_EVENT_SUBJECTS = [
  'invoice',
  'credit_note',
  'debit_note',
  'support_document',
  'adjustment_note',
] as const;

export const EVENT_TYPES = [
  ...DOCUMENT_EVENT_SUBJECTS.flatMap((subject) =>
    DOCUMENT_EVENT_STATES.map((state) => `${subject}.${state}` as const),
  ),
  'numbering_range.low',
  'webhook_endpoint.disabled',
] as const;
export type EventType = (typeof EVENT_TYPES)[number];

export function isEventType(value: string): value is EventType {
  return (EVENT_TYPES as readonly string[]).includes(value);
}

export interface WebhookEvent {
  /** `evt_…` */
  id: string;
  /** Position in the account's event log (increasing; `after=` in the log API). */
  seq: string;
  accountKey: string;
  type: EventType;
  /** The ledger document the event is about (events of one document are delivered in order). */
  documentId?: string;
  createdAt: Date;
  /** The ledger record at the change (or the range), as the API shows it. */
  data: object;
}
