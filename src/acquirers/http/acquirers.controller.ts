import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { ROUTES } from '../../http/routes';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { LookupAcquirerUseCase } from '../application/lookup-acquirer.use-case';
import { AcquirerResponseDto } from './acquirer.response.dto';
import { LookupAcquirerQueryDto } from './lookup-acquirer.query.dto';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';

@ApiTags('Acquirers')
@ApiFactusAuth()
@Controller(ROUTES.acquirers)
export class AcquirersController {
  constructor(private readonly lookup: LookupAcquirerUseCase) {}

  @Get()
  @ApiOperation({
    summary: 'Look an acquirer up at DIAN',
    description:
      "DIAN's acquirer service (through Factus): the name and invoice e-mail registered for an identification, to fill an invoice's customer. " +
      'Unknown identifications answer 404 ACQUIRER_NOT_FOUND. In the sandbox DIAN knows only its test identities (e.g. 13 / 1399991 to 13999910).',
  })
  @ApiOkResponse({ type: AcquirerResponseDto })
  @ApiProblemResponses(400, 401, 404, 429, 502, 503, 504)
  async find(
    @Query() query: LookupAcquirerQueryDto,
    @ProviderSession() session: ProviderSession,
  ): Promise<AcquirerResponseDto> {
    const acquirer = await this.lookup.execute(query, session);
    return { name: acquirer.name, email: acquirer.email };
  }
}
