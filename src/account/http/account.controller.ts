import { Body, Controller, Get, HttpCode, HttpStatus, Post, Put, Req, Res } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { GetCompanyUseCase } from '../application/get-company.use-case';
import { GetSubscriptionUseCase } from '../application/get-subscription.use-case';
import { UpdateCompanyUseCase } from '../application/update-company.use-case';
import { UploadCompanyLogoUseCase } from '../application/upload-company-logo.use-case';
import { LOGO_MAX_BYTES } from '../domain/company-logo';
import { ApiLogoProblems } from './api-logo-problems.decorator';
import { COMPANY_LOGO_ROUTE, LOGO_FIELD } from './company-logo.route';
import { readLogoPart } from './logo-part';
import { UpdateCompanyRequestDto } from './update-company.request.dto';
import { CompanyResponseDto } from './company.response.dto';
import { SubscriptionResponseDto } from './subscription.response.dto';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';

@ApiTags('Account')
@ApiFactusAuth()
@Controller()
export class AccountController {
  constructor(
    private readonly companies: GetCompanyUseCase,
    private readonly subscriptions: GetSubscriptionUseCase,
    private readonly companyUpdates: UpdateCompanyUseCase,
    private readonly logos: UploadCompanyLogoUseCase,
  ) {}

  @Get('company')
  @ApiOperation({
    summary: 'Get the issuer profile',
    description:
      'The company Factus issues for: NIT, names, tribute, legal organization, municipality, fiscal responsibilities and logo. ' +
      'Invoices carry no issuer block: this is what DIAN receives as the issuer.',
  })
  @ApiOkResponse({ type: CompanyResponseDto })
  @ApiProblemResponses(401, 429, 502, 503, 504)
  async company(@ProviderSession() session: ProviderSession): Promise<CompanyResponseDto> {
    return CompanyResponseDto.from(await this.companies.execute(session));
  }

  @Put('company')
  @ApiOperation({
    summary: 'Change the issuer profile',
    description:
      'Changes what Factus holds as the issuer (v2 empresas/actualizar): legal organization, names, municipality, tribute, ' +
      'fiscal responsibility and contact data. Codes are checked against the DIAN tables and the names the legal organization ' +
      'requires (company for 1, names and surnames for 2) before Factus is asked. A field left out (or null) is kept; an empty ' +
      'text ("") clears it. Unknown fields, the NIT among them, are refused (400). ' +
      'Answers the profile as Factus now holds it. The NIT cannot be changed.',
  })
  @ApiBody({
    type: UpdateCompanyRequestDto,
    examples: {
      naturalPerson: {
        summary: 'A natural person (the v2 page example, its responsibility as a table code)',
        value: {
          legalOrganizationCode: '2',
          names: 'Alan',
          surnames: 'Turing',
          responsibilities: 'R-99-PN',
          economicActivity: '6920',
          email: 'alanturing@enigmasas.com',
          address: 'calle 100 #50-80',
          phone: '0987654321',
          municipalityCode: '68872',
          tributeCode: 'ZZ',
        },
      },
      legalPerson: {
        summary: 'A legal person; the trade name cleared, the rest kept',
        value: {
          legalOrganizationCode: '1',
          company: 'ENIGMA S.A.S.',
          tradeName: '',
          municipalityCode: '11001',
          tributeCode: '01',
          responsibilities: 'O-13',
        },
      },
    },
  })
  @ApiOkResponse({ type: CompanyResponseDto })
  @ApiProblemResponses(400, 401, 415, 422, 429, 502, 503, 504)
  async updateCompany(
    @Body() body: UpdateCompanyRequestDto,
    @ProviderSession() session: ProviderSession,
  ): Promise<CompanyResponseDto> {
    return CompanyResponseDto.from(await this.companyUpdates.execute(body, session));
  }

  @Post(COMPANY_LOGO_ROUTE)
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Replace the company logo',
    description:
      'Uploads the logo Factus prints on the graphic representation (v2 empresas/actualizar-imagen): multipart/form-data with ' +
      `one file in the field \`${LOGO_FIELD}\`, a PNG or JPEG of at most ${LOGO_MAX_BYTES / (1024 * 1024)} MiB. The type is read from the ` +
      "file's bytes, not from its name or declared type: anything else is 415 LOGO_NOT_PNG_OR_JPEG, a bigger file 413 LOGO_TOO_LARGE. " +
      'Answers the profile with the new `urlLogo`. This is the only route that takes multipart.',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: [LOGO_FIELD],
      properties: {
        [LOGO_FIELD]: {
          type: 'string',
          format: 'binary',
          description: `The logo: PNG or JPEG, at most ${LOGO_MAX_BYTES} bytes.`,
        },
      },
    },
  })
  @ApiOkResponse({ type: CompanyResponseDto })
  @ApiProblemResponses(401, 422, 429, 502, 503, 504)
  @ApiLogoProblems()
  async uploadLogo(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
    @ProviderSession() session: ProviderSession,
  ): Promise<CompanyResponseDto> {
    const content = await readLogoPart(request, reply);
    return CompanyResponseDto.from(await this.logos.execute(content, session));
  }

  @Get('subscription')
  @ApiOperation({
    summary: 'Get the document quota',
    description:
      'The Factus subscription that covers sales invoices: quota, documents consumed and left (null when unlimited), and validity. ' +
      'When no documents are left or it has expired, Factus refuses new documents and they are answered 402 FACTUS_PAYMENT_REQUIRED.',
  })
  @ApiOkResponse({ type: SubscriptionResponseDto })
  @ApiProblemResponses(401, 404, 429, 502, 503, 504)
  async subscription(
    @ProviderSession() session: ProviderSession,
  ): Promise<SubscriptionResponseDto> {
    return SubscriptionResponseDto.from(await this.subscriptions.execute(session));
  }
}
