import { ApiProperty } from '@nestjs/swagger';

const AT = { format: 'date-time', example: '2026-12-01T15:04:05.000Z' };

/** Its Factus account without the secrets (client secret, password): no answer ever has them. */
export class TenantFactusResponseDto {
  @ApiProperty({ example: 'https://api-sandbox.factus.com.co' })
  baseUrl!: string;

  @ApiProperty({ example: '9d3c5c6e-1f3b-4c7a-8c1e-2f6b1d4a7e90' })
  clientId!: string;

  @ApiProperty({ example: 'facturacion@acme.com.co' })
  username!: string;
}

export class TenantResponseDto {
  @ApiProperty({
    description:
      'Stable, non-secret id (`[a-z0-9][a-z0-9-]{0,39}`): in its account key `tenant:<id>`, metrics and logs.',
    example: 'acme',
  })
  id!: string;

  @ApiProperty({ example: 'ACME S.A.S.' })
  name!: string;

  @ApiProperty({ example: '900825759' })
  nit!: string;

  @ApiProperty({ type: TenantFactusResponseDto })
  factus!: TenantFactusResponseDto;

  @ApiProperty({
    type: Number,
    nullable: true,
    description: 'Its own Factus budget (requests per rate window); null: FACTUS_RATE_LIMIT.',
    example: 60,
  })
  rateLimit!: number | null;

  @ApiProperty({
    description: 'Whether its API keys are accepted and its documents sent.',
    example: true,
  })
  enabled!: boolean;

  @ApiProperty({
    enum: ['api', 'file'],
    description: '`file`: declared in TENANTS_FILE, read-only here (409 TENANT_DECLARED_IN_FILE).',
    example: 'api',
  })
  source!: 'api' | 'file';

  @ApiProperty(AT)
  createdAt!: string;

  @ApiProperty(AT)
  updatedAt!: string;
}

export class TenantListResponseDto {
  @ApiProperty({ type: [TenantResponseDto], description: 'Oldest first.' })
  data!: TenantResponseDto[];
}

export class TenantApiKeyResponseDto {
  @ApiProperty({
    description: 'Public id of the key (the 12 hex characters after `ftk_`): name it to delete it.',
    example: '3f9a1c0b7e52',
  })
  keyId!: string;

  @ApiProperty(AT)
  createdAt!: string;
}

export class CreatedTenantApiKeyResponseDto extends TenantApiKeyResponseDto {
  @ApiProperty({
    description:
      'The key, for `X-API-Key`: shown only here (the service keeps only its SHA-256). Store it now.',
    example: 'ftk_3f9a1c0b7e52_q8Yw3nZbV1xK7sT0mR5pL2dF9hG4jC6aE8uI1oW3yB0',
  })
  key!: string;
}

export class TenantApiKeyListResponseDto {
  @ApiProperty({ type: [TenantApiKeyResponseDto], description: 'Oldest first.' })
  data!: TenantApiKeyResponseDto[];
}

export class TenantCheckCompanyDto {
  @ApiProperty({ example: '900825759' })
  nit!: string;

  @ApiProperty({ type: String, nullable: true, description: 'NIT check digit.', example: '7' })
  dv!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Company name, or the names and surnames of a natural person.',
    example: 'ACME S.A.S.',
  })
  name!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'ACME' })
  tradeName!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'facturacion@acme.com.co' })
  email!: string | null;

  @ApiProperty({ type: String, nullable: true, example: 'Medellín' })
  municipality!: string | null;
}

export class TenantCheckRangeDto {
  @ApiProperty({ example: 389 })
  id!: number;

  @ApiProperty({
    description: 'Range document code: `21` invoice, `22` credit note…',
    example: '21',
  })
  document!: string;

  @ApiProperty({ example: 'Factura de Venta' })
  documentName!: string;

  @ApiProperty({ example: 'SETP' })
  prefix!: string;

  @ApiProperty({ example: 990000000 })
  from!: number;

  @ApiProperty({ example: 995000000 })
  to!: number;

  @ApiProperty({ description: 'The next number Factus will use.', example: 990000001 })
  current!: number;

  @ApiProperty({ type: String, nullable: true, example: '18760000001' })
  resolutionNumber!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date', example: '2030-01-19' })
  endDate!: string | null;

  @ApiProperty({ example: true })
  isActive!: boolean;

  @ApiProperty({ example: false })
  isExpired!: boolean;
}

export class TenantCheckResponseDto {
  @ApiProperty({
    enum: [true],
    description: 'The login worked and Factus answered.',
    example: true,
  })
  ok!: true;

  @ApiProperty({
    description:
      "Whether the company Factus holds for the account has the tenant's `nit` (false: the credentials are another company's, or the NIT is mistyped).",
    example: true,
  })
  nitMatches!: boolean;

  @ApiProperty({ type: TenantCheckCompanyDto })
  company!: TenantCheckCompanyDto;

  @ApiProperty({ type: [TenantCheckRangeDto], description: "The account's numbering ranges." })
  ranges!: TenantCheckRangeDto[];
}
