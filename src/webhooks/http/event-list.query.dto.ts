import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';
import { EVENT_TYPES, type EventType } from '../domain/webhook-event';

export class ListEventsQueryDto {
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

  @ApiPropertyOptional({ description: '`nextCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 20, example: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit?: number;
}
