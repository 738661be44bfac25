import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { RadianEvent } from '../domain/radian-event';

export class RadianEventDto {
  @ApiProperty({ description: "The event's number.", example: 'AP68' })
  number!: string;

  @ApiProperty({
    description: "The event's CUDE (SHA-384 hex).",
    example:
      'b02f0eae5b5ab2e6a8e4d8d5c2a4e7c9d3f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c4d3e2f1',
  })
  cude!: string;

  @ApiProperty({
    description:
      'Event code: 030 acuse de recibo, 031 reclamo, 032 recibo del bien y/o prestación del servicio, 033 aceptación expresa, 034 aceptación tácita.',
    example: '030',
  })
  code!: string;

  @ApiProperty({ example: 'Acuse de recibo de Factura Electrónica de Venta' })
  name!: string;

  @ApiProperty({ description: 'Bogotá date (YYYY-MM-DD).', example: '2026-11-05' })
  effectiveDate!: string;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Bogotá time (HH:mm:ss).',
    example: '16:36:31',
  })
  effectiveTime!: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Who emitted it (received invoices): identification.',
    example: '1234566778',
  })
  personIdentification?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Who emitted it (received invoices): names.',
    example: 'Pepito Perez',
  })
  personNames?: string | null;
}

export class RadianEventListResponseDto {
  @ApiProperty({ type: [RadianEventDto], description: 'Oldest first, as DIAN registered them.' })
  data!: RadianEventDto[];
}

export function toRadianEventDto(event: RadianEvent, withPerson = false): RadianEventDto {
  return {
    number: event.number,
    cude: event.cude,
    code: event.code,
    name: event.name,
    effectiveDate: event.effectiveDate,
    effectiveTime: event.effectiveTime ?? null,
    ...(withPerson
      ? {
          personIdentification: event.personIdentification ?? null,
          personNames: event.personNames ?? null,
        }
      : {}),
  };
}
