import { ApiPropertyOptional } from '@nestjs/swagger';
import { CursorPageQueryDto } from '../../common/http/cursor-page.query.dto';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { EVENT_TYPES, type EventType } from '../domain/webhook-event';

export class ListEventsQueryDto extends CursorPageQueryDto {
  @ApiPropertyOptional({ enum: [...EVENT_TYPES], example: 'invoice.validated' })
  @IsOptional()
  @IsIn([...EVENT_TYPES])
  type?: EventType;

  @ApiPropertyOptional({
    description:
      'An event id: only the events after it, oldest first (to catch up on what a receiver missed). ' +
      'Without it the log is listed newest first.',
    example: 'evt_5f0c6e2a3a524d8e9a380d1c8e0f4b11',
  })
  @IsOptional()
  @IsString()
  @Matches(/^evt_[A-Za-z0-9_-]{1,200}$/, { message: 'after must be an event id (evt_…)' })
  after?: string;
}
