import type { EventCursor } from '../domain/event-log.port';
import type { WebhookEvent } from '../domain/webhook-event';
import type { EventResponseDto } from './event.response.dto';

/** The Standard Webhooks envelope, the same in the log as in a delivery's body. */
export function toEventResponse(event: WebhookEvent): EventResponseDto {
  return {
    id: event.id,
    type: event.type,
    createdAt: event.createdAt.toISOString(),
    data: event.data,
  };
}

/** An opaque cursor: base64url of the page's order (`n` newest first, `o` oldest) and last seq. */
export function encodeEventCursor(cursor: EventCursor): string {
  return Buffer.from(`${cursor.order === 'newest' ? 'n' : 'o'}:${cursor.seq}`).toString(
    'base64url',
  );
}

const MAX_BIGINT = 9223372036854775807n;

/** undefined when the text is not a cursor this service made. */
export function decodeEventCursor(text: string): EventCursor | undefined {
  const match = /^([no]):(\d{1,19})$/.exec(Buffer.from(text, 'base64url').toString('utf8'));
  // A seq is a PostgreSQL bigint: anything larger was never one of ours (and would be a 500).
  if (!match || BigInt(match[2]) > MAX_BIGINT) return undefined;
  return { order: match[1] === 'n' ? 'newest' : 'oldest', seq: match[2] };
}
