import { Inject, Injectable } from '@nestjs/common';
import { RequestValidationError } from '../../common/errors/common.errors';
import {
  EVENT_LOG,
  type EventCursor,
  type EventFilter,
  type EventLog,
  type EventPage,
} from '../domain/event-log.port';
import type { WebhookEvent } from '../domain/webhook-event';
import { EventNotFoundError } from '../domain/webhook.errors';

export interface EventListRequest extends EventFilter {
  /** An event id of the account: the page starts right after it, oldest first. */
  after?: string;
  /** The previous page's position (it wins over `after`, which it continues). */
  cursor?: EventCursor;
  limit: number;
}

/** The account's event log, read: what a receiver missed, in the shape webhooks deliver. */
@Injectable()
export class EventLogQueries {
  constructor(@Inject(EVENT_LOG) private readonly log: EventLog) {}

  async list(accountKey: string, request: EventListRequest): Promise<EventPage> {
    const cursor = request.cursor ?? (await this.startAfter(accountKey, request.after));
    return this.log.list(accountKey, { type: request.type }, cursor, request.limit);
  }

  async get(accountKey: string, id: string): Promise<WebhookEvent> {
    const event = await this.log.get(accountKey, id);
    if (!event) throw new EventNotFoundError(id);
    return event;
  }

  private async startAfter(
    accountKey: string,
    after: string | undefined,
  ): Promise<EventCursor | undefined> {
    if (after === undefined) return undefined;
    const event = await this.log.get(accountKey, after);
    if (!event)
      throw new RequestValidationError([
        { field: 'after', message: `after must be the id of an event of this account (${after})` },
      ]);
    return { order: 'oldest', seq: event.seq };
  }
}
