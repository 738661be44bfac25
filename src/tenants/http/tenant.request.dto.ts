import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsBoolean,
  IsDefined,
  IsInt,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { isFactusBaseUrl, TENANT_NIT_PATTERN as NIT } from '../domain/tenant';

const NAME_MAX = 200;
const CREDENTIAL_MAX = 500;
const RATE_LIMIT_MAX = 100_000;
/** Plain http only to this machine: the embedded simulator, or a local Factus double. */
/**
 * What a PATCH's `rateLimit: null` becomes: the validation pipe drops null members (absence is how
 * the other DTOs read them), and here null means "clear it". No JSON value can be a Symbol.
 */
export const RATE_LIMIT_CLEARED: unique symbol = Symbol('rateLimit: null');

function IsFactusBaseUrl(): PropertyDecorator {
  return ValidateBy({
    name: 'isFactusBaseUrl',
    validator: {
      validate: isFactusBaseUrl,
      defaultMessage: () =>
        'baseUrl must be an https URL (plain http only to localhost or 127.0.0.1), without credentials, query or fragment',
    },
  });
}

const BASE_URL_DOC = {
  description:
    "The tenant's Factus: `https://api.factus.com.co` (production) or `https://api-sandbox.factus.com.co`. " +
    'Plain `http` only to localhost (the simulator). A trailing slash is dropped.',
  maxLength: CREDENTIAL_MAX,
  example: 'https://api-sandbox.factus.com.co',
};
const CLIENT_ID_DOC = {
  description: "The OAuth client id Factus gave the tenant's account.",
  maxLength: CREDENTIAL_MAX,
  example: '9d3c5c6e-1f3b-4c7a-8c1e-2f6b1d4a7e90',
};
const CLIENT_SECRET_DOC = {
  description: 'Its OAuth client secret. Stored encrypted; never shown again by any answer.',
  maxLength: CREDENTIAL_MAX,
  example: 'hQ3bR7kP2mV9sX4tY8wZ1cF6gJ0nL5aE',
};
const USERNAME_DOC = {
  description: "The tenant's Factus user (an e-mail): the service's managed session logs in as it.",
  maxLength: CREDENTIAL_MAX,
  example: 'facturacion@acme.com.co',
};
const PASSWORD_DOC = {
  description: "That user's password. Stored encrypted; never shown again by any answer.",
  maxLength: CREDENTIAL_MAX,
  example: 'correct-horse-battery-staple',
};
const NAME_DOC = {
  description: 'Yours, to recognise the tenant (usually its legal name).',
  minLength: 1,
  maxLength: NAME_MAX,
  example: 'ACME S.A.S.',
};
const NIT_DOC = {
  description: 'The NIT of the company: 5 to 15 digits, without check digit, dots or hyphen.',
  pattern: NIT.source,
  example: '900825759',
};
const RATE_LIMIT_DOC = {
  description:
    "Its Factus budget: requests per rate window (FACTUS_RATE_LIMIT's window); absent, FACTUS_RATE_LIMIT.",
  minimum: 1,
  maximum: RATE_LIMIT_MAX,
  example: 60,
};

export class TenantFactusDto {
  @ApiProperty(BASE_URL_DOC)
  @IsString()
  @MaxLength(CREDENTIAL_MAX)
  @IsFactusBaseUrl()
  baseUrl!: string;

  @ApiProperty(CLIENT_ID_DOC)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CREDENTIAL_MAX)
  clientId!: string;

  @ApiProperty(CLIENT_SECRET_DOC)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CREDENTIAL_MAX)
  clientSecret!: string;

  @ApiProperty(USERNAME_DOC)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CREDENTIAL_MAX)
  username!: string;

  @ApiProperty(PASSWORD_DOC)
  @IsString()
  @IsNotEmpty()
  @MaxLength(CREDENTIAL_MAX)
  password!: string;
}

/** Only what is sent changes. */
export class TenantFactusPatchDto {
  @ApiPropertyOptional(BASE_URL_DOC)
  @IsOptional()
  @IsString()
  @MaxLength(CREDENTIAL_MAX)
  @IsFactusBaseUrl()
  baseUrl?: string;

  @ApiPropertyOptional(CLIENT_ID_DOC)
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CREDENTIAL_MAX)
  clientId?: string;

  @ApiPropertyOptional(CLIENT_SECRET_DOC)
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CREDENTIAL_MAX)
  clientSecret?: string;

  @ApiPropertyOptional(USERNAME_DOC)
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CREDENTIAL_MAX)
  username?: string;

  @ApiPropertyOptional(PASSWORD_DOC)
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(CREDENTIAL_MAX)
  password?: string;
}

export class CreateTenantDto {
  @ApiProperty(NAME_DOC)
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(NAME_MAX)
  name!: string;

  @ApiProperty(NIT_DOC)
  @IsString()
  @Matches(NIT, { message: 'nit must be 5 to 15 digits, without check digit, dots or hyphen' })
  nit!: string;

  @ApiProperty({ type: TenantFactusDto, description: "The tenant's Factus account." })
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => TenantFactusDto)
  factus!: TenantFactusDto;

  @ApiPropertyOptional(RATE_LIMIT_DOC)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(RATE_LIMIT_MAX)
  rateLimit?: number;
}

/** Only what is sent changes; `rateLimit: null` clears the tenant's own budget. */
export class UpdateTenantDto {
  @ApiPropertyOptional(NAME_DOC)
  @IsOptional()
  @IsString()
  @Matches(/\S/, { message: 'name must not be blank' })
  @MaxLength(NAME_MAX)
  name?: string;

  @ApiPropertyOptional(NIT_DOC)
  @IsOptional()
  @IsString()
  @Matches(NIT, { message: 'nit must be 5 to 15 digits, without check digit, dots or hyphen' })
  nit?: string;

  @ApiPropertyOptional({
    type: TenantFactusPatchDto,
    description: 'Any of its Factus fields; those not sent stay.',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => TenantFactusPatchDto)
  factus?: TenantFactusPatchDto;

  @ApiPropertyOptional({
    ...RATE_LIMIT_DOC,
    type: Number,
    nullable: true,
    description: `${RATE_LIMIT_DOC.description} \`null\` clears it.`,
  })
  @Transform(({ value }: { value: unknown }) => (value === null ? RATE_LIMIT_CLEARED : value))
  @ValidateIf((dto: UpdateTenantDto) => dto.rateLimit !== RATE_LIMIT_CLEARED)
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(RATE_LIMIT_MAX)
  rateLimit?: number | typeof RATE_LIMIT_CLEARED;

  @ApiPropertyOptional({
    description: '`false` refuses its requests and stops sending its documents; `true` resumes.',
    example: true,
  })
  @IsOptional()
  @IsBoolean()
  enabled?: boolean;
}
