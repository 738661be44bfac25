import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { ROUTES } from '../../http/routes';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { QueryNumberingRangesUseCase } from '../application/query-numbering-ranges.use-case';
import { ListNumberingRangesQueryDto } from './list-numbering-ranges.query.dto';
import { NumberingRangeIdParamDto } from './numbering-range-id.param.dto';
import { NumberingRangeDto, NumberingRangeListResponseDto } from './numbering-range.response.dto';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';

@ApiTags('Numbering ranges')
@ApiFactusAuth()
@Controller(ROUTES.numberingRanges)
export class NumberingRangesController {
  constructor(private readonly ranges: QueryNumberingRangesUseCase) {}

  @Get()
  @ApiOperation({
    summary: 'List the numbering ranges',
    description:
      'The ranges Factus holds for the account, with their DIAN resolution and next number. ' +
      'Read from a short-lived per-account copy (NUMBERING_RANGE_CACHE_TTL_MS), the same one invoice validation uses.',
  })
  @ApiOkResponse({ type: NumberingRangeListResponseDto })
  @ApiProblemResponses(400, 401, 429, 502, 503, 504)
  async list(
    @Query() query: ListNumberingRangesQueryDto,
    @ProviderSession() session: ProviderSession,
  ): Promise<NumberingRangeListResponseDto> {
    const ranges = await this.ranges.list(query, session);
    return { data: ranges.map((range) => NumberingRangeDto.from(range)) };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Get one numbering range',
    description: 'Asks Factus for the range as it stands now (its next number included).',
  })
  @ApiParam({ name: 'id', description: 'Factus numbering range id.', example: 389 })
  @ApiOkResponse({ type: NumberingRangeDto })
  @ApiProblemResponses(400, 401, 404, 429, 502, 503, 504)
  async get(
    @Param() params: NumberingRangeIdParamDto,
    @ProviderSession() session: ProviderSession,
  ): Promise<NumberingRangeDto> {
    return NumberingRangeDto.from(await this.ranges.get(params.id, session));
  }
}
