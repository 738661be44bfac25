import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class RefreshTokenRequestDto {
  @ApiProperty({
    description:
      'The refresh token from the last token response. Factus rotates it: each one works once.',
    example: 'def50200a1b2c3d4e5f6...',
    maxLength: 4096,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4096)
  refreshToken!: string;
}
