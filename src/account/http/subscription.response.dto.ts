import { ApiProperty } from '@nestjs/swagger';
import type { Subscription } from '../domain/subscription';

export class SubscriptionResponseDto {
  @ApiProperty({ description: 'Name of the subscription.', example: 'Facturación' })
  name!: string;

  @ApiProperty({
    type: [String],
    description: 'Document types it covers.',
    example: ['Factura de Venta', 'Nota Crédito', 'Nota Débito'],
  })
  supportedDocumentTypes!: string[];

  @ApiProperty({ description: 'Documents included (0 when unlimited).', example: 1000 })
  documentsQuota!: number;

  @ApiProperty({ description: 'Documents already issued.', example: 250 })
  documentsConsumed!: number;

  @ApiProperty({
    type: Number,
    nullable: true,
    description:
      'Documents left; null when the quota is unlimited. At 0, Factus answers 402 (FACTUS_PAYMENT_REQUIRED) to new documents.',
    example: 750,
  })
  documentsAvailable!: number | null;

  @ApiProperty({ description: 'The quota is unlimited.', example: false })
  unlimited!: boolean;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Days until it expires.',
    example: 200,
  })
  daysUntilExpiration!: number | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Activation (ISO 8601, Bogotá time).',
    example: '2025-12-09T19:00:00-05:00',
  })
  activatedAt!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Expiry (ISO 8601, Bogotá time).',
    example: '2026-12-09T19:00:00-05:00',
  })
  expiresAt!: string | null;

  @ApiProperty({ description: 'It has expired.', example: false })
  hasExpired!: boolean;

  @ApiProperty({ description: 'It is active.', example: true })
  isActive!: boolean;

  static from(subscription: Subscription): SubscriptionResponseDto {
    return { ...subscription };
  }
}
