import { ApiProperty } from '@nestjs/swagger';
import type { CompanyProfile } from '../domain/company-profile';

export class AccountCodeNameDto {
  @ApiProperty({ description: 'Code.', example: 'O-13' })
  code!: string;

  @ApiProperty({ description: 'Name.', example: 'Gran contribuyente' })
  name!: string;
}

export class CompanyMunicipalityDto {
  @ApiProperty({ description: 'DIVIPOLA code.', example: '68679' })
  code!: string;

  @ApiProperty({ description: 'Municipality.', example: 'San Gil' })
  name!: string;

  @ApiProperty({
    type: AccountCodeNameDto,
    nullable: true,
    description: 'Department.',
    example: { code: '68', name: 'Santander' },
  })
  department!: AccountCodeNameDto | null;
}

export class CompanyResponseDto {
  @ApiProperty({ description: 'NIT of the issuer, without check digit.', example: '901724254' })
  nit!: string;

  @ApiProperty({ type: String, nullable: true, description: 'NIT check digit.', example: '5' })
  dv!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Company name (legal persons).',
    example: 'EMPRESA DEMO SIMULADOR S.A.S.',
  })
  company!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Trade name.',
    example: 'Demo Simulador',
  })
  tradeName!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Names (natural persons).',
    example: null,
  })
  names!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Surnames (natural persons).',
    example: null,
  })
  surnames!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Commercial registration code.',
    example: '0000000-00',
  })
  registrationCode!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Main economic activity (CIIU).',
    example: '6201',
  })
  economicActivity!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Phone.', example: '6010000000' })
  phone!: string | null;

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'E-mail.',
    example: 'facturacion@simulator.factus.local',
  })
  email!: string | null;

  @ApiProperty({ type: String, nullable: true, description: 'Address.', example: 'Calle 1 # 2-3' })
  address!: string | null;

  @ApiProperty({
    type: AccountCodeNameDto,
    nullable: true,
    description: 'Tribute: 01 IVA, ZZ not applicable.',
    example: { code: '01', name: 'IVA' },
  })
  tribute!: AccountCodeNameDto | null;

  @ApiProperty({
    type: AccountCodeNameDto,
    nullable: true,
    description: 'Legal organization: 1 legal person, 2 natural person.',
    example: { code: '1', name: 'Persona Jurídica' },
  })
  legalOrganization!: AccountCodeNameDto | null;

  @ApiProperty({
    type: CompanyMunicipalityDto,
    nullable: true,
    description: 'Municipality of the issuer.',
    example: { code: '68679', name: 'San Gil', department: { code: '68', name: 'Santander' } },
  })
  municipality!: CompanyMunicipalityDto | null;

  @ApiProperty({
    type: [AccountCodeNameDto],
    description: 'Fiscal responsibilities.',
    example: [{ code: 'O-13', name: 'Gran contribuyente' }],
  })
  responsibilities!: AccountCodeNameDto[];

  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Logo printed on the graphic representation.',
    example: 'https://app-sandbox.factus.com.co/images/logo.png',
  })
  urlLogo!: string | null;

  static from(company: CompanyProfile): CompanyResponseDto {
    return { ...company };
  }
}
