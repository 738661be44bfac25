import { Controller, Get, Param, Query } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { RequestValidationError } from '../../common/errors/common.errors';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { problemType } from '../../common/http/problem-details.filter';
import { ProblemDto } from '../../common/http/problem.dto';
import { ROUTES } from '../../http/routes';
import { EventLogQueries } from '../application/event-log-queries';
import { decodeEventCursor, encodeEventCursor, toEventResponse } from './event.mapper';
import { ListEventsQueryDto } from './event-list.query.dto';
import { EventPageResponseDto, EventResponseDto } from './event.response.dto';

const EVENT_NOT_FOUND = {
  type: problemType('EVENT_NOT_FOUND'),
  title: 'No such event',
  status: 404,
  detail: 'This account has no event evt_5f0c6e2a3a524d8e9a380d1c8e0f4b11.',
  code: 'EVENT_NOT_FOUND',
  requestId: '5f0c6e2a-3a52-4d8e-9a38-0d1c8e0f4b11',
};

/** The caller's account's events: what webhooks delivered (or will), to catch up or reconcile. */
@ApiTags('Events')
@ApiExtraModels(ProblemDto)
@ApiFactusAuth()
@Controller(ROUTES.events)
export class EventsController {
  constructor(private readonly events: EventLogQueries) {}

  @Get()
  @ApiOperation({
    summary: "The account's events, newest first",
    description:
      'Every event of the account, each exactly as webhooks deliver it, with cursor pagination (pass ' +
      '`nextCursor` back as `cursor`). `type` filters; `after=<event id>` lists only the events after ' +
      'that one, oldest first — the way to catch up on what a receiver missed.',
  })
  @ApiOkResponse({ type: EventPageResponseDto })
  @ApiProblemResponses(400, 401)
  async list(
    @Query() query: ListEventsQueryDto,
    @ProviderSession() session: ProviderSession,
  ): Promise<EventPageResponseDto> {
    const cursor = query.cursor === undefined ? undefined : decodeEventCursor(query.cursor);
    if (query.cursor !== undefined && !cursor)
      throw new RequestValidationError([
        { field: 'cursor', message: 'cursor must be a nextCursor this service answered' },
      ]);
    const page = await this.events.list(session.accountKey, {
      type: query.type,
      after: query.after,
      cursor,
      limit: query.limit ?? 20,
    });
    return {
      data: page.events.map(toEventResponse),
      ...(page.next ? { nextCursor: encodeEventCursor(page.next) } : {}),
    };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'One event',
    description: 'The event as its webhook deliveries carry it. Another account’s events are not found.',
  })
  @ApiOkResponse({ type: EventResponseDto })
  @ApiProblemResponses(401)
  @ApiNotFoundResponse({
    description: 'The account has no such event (EVENT_NOT_FOUND).',
    content: {
      'application/problem+json': {
        schema: { $ref: getSchemaPath(ProblemDto) },
        examples: { EVENT_NOT_FOUND: { summary: 'No such event', value: EVENT_NOT_FOUND } },
      },
    },
  })
  async get(
    @Param('id') id: string,
    @ProviderSession() session: ProviderSession,
  ): Promise<EventResponseDto> {
    return toEventResponse(await this.events.get(session.accountKey, id));
  }
}
