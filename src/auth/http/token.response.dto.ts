import { ApiProperty } from '@nestjs/swagger';
import { toBogotaIso } from '../../common/time/bogota-time';
import type { AuthToken } from '../domain/auth-token';

export class TokenResponseDto {
  @ApiProperty({
    description: 'Factus access token; send it as `Authorization: Bearer …`.',
    example: 'eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9...',
  })
  accessToken!: string;

  @ApiProperty({ description: 'Token type, always Bearer.', example: 'Bearer' })
  tokenType!: string;

  @ApiProperty({
    description: 'Lifetime of the access token in seconds, as Factus granted it.',
    example: 3600,
  })
  expiresIn!: number;

  @ApiProperty({
    description:
      'When the access token expires: ISO 8601 in Bogotá time, as every date this API returns.',
    example: '2026-11-27T10:04:05-05:00',
    format: 'date-time',
  })
  expiresAt!: string;

  @ApiProperty({
    description: 'Refresh token for POST /api/v1/auth/refresh. Single use: keep the newest.',
    example: 'def50200a1b2c3d4e5f6...',
  })
  refreshToken!: string;

  static from(token: AuthToken): TokenResponseDto {
    return {
      accessToken: token.accessToken,
      tokenType: token.tokenType,
      expiresIn: token.expiresIn,
      expiresAt: toBogotaIso(token.expiresAt),
      refreshToken: token.refreshToken,
    };
  }
}
