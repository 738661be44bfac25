import { ApiProperty } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class TokenRequestDto {
  @ApiProperty({
    description: 'E-mail of the Factus user. The simulator demo user is shown (simulator only).',
    example: 'demo@simulator.factus.local',
    maxLength: 254,
  })
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({
    description:
      'Password of the Factus user. Never logged. The simulator demo password is shown (simulator only).',
    example: 'demo-password',
    format: 'password',
    maxLength: 256,
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(256)
  password!: string;
}
