import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { apiPath, ROUTES } from '../../http/routes';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { ManageNumberingRangesUseCase } from '../application/manage-numbering-ranges.use-case';
import { QueryNumberingRangesUseCase } from '../application/query-numbering-ranges.use-case';
import {
  CreateNumberingRangeRequestDto,
  UpdateNumberingRangeCurrentRequestDto,
} from './create-numbering-range.request.dto';
import { DianResolutionDto, DianResolutionListResponseDto } from './dian-resolution.response.dto';
import { ListNumberingRangesQueryDto } from './list-numbering-ranges.query.dto';
import { NumberingRangeIdParamDto } from './numbering-range-id.param.dto';
import { NumberingRangeDto, NumberingRangeListResponseDto } from './numbering-range.response.dto';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';

const ID_PARAM = { name: 'id', description: 'Factus numbering range id.', example: 389 };

/**
 * The account's numbering ranges as Factus v2 manages them (rangos-de-numeracion/facturacion):
 * list, show, the resolutions DIAN associated to the software, create, renumber, toggle, delete.
 */
@ApiTags('Numbering ranges')
@ApiFactusAuth()
@Controller(ROUTES.numberingRanges)
export class NumberingRangesController {
  constructor(
    private readonly ranges: QueryNumberingRangesUseCase,
    private readonly manage: ManageNumberingRangesUseCase,
  ) {}

  @Get()
  @ApiOperation({
    summary: 'List the numbering ranges',
    description:
      'The ranges Factus holds for the account, with their DIAN resolution and next number. ' +
      'Read from a short-lived per-account copy (NUMBERING_RANGE_CACHE_TTL_MS), the one invoice validation uses, fetched again once the service has issued a document since (so `current` is never behind the show).',
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

  @Get('dian')
  @ApiOperation({
    summary: 'List the resolutions DIAN associated to the software',
    description:
      'What the company authorised in DIAN’s portal for this software (Factus `GET /v2/numbering-ranges/dian`). Factus does not create ranges from them by itself: create one with POST /api/v1/numbering-ranges, giving its prefix and resolution number.',
  })
  @ApiOkResponse({ type: DianResolutionListResponseDto })
  @ApiProblemResponses(401, 429, 502, 503, 504)
  async dian(@ProviderSession() session: ProviderSession): Promise<DianResolutionListResponseDto> {
    const resolutions = await this.ranges.dianResolutions(session);
    return { data: resolutions.map((resolution) => DianResolutionDto.from(resolution)) };
  }

  @Get(':id')
  @ApiOperation({
    summary: 'Get one numbering range',
    description: 'Asks Factus for the range as it stands now (its next number included).',
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: NumberingRangeDto })
  @ApiProblemResponses(400, 401, 404, 429, 502, 503, 504)
  async get(
    @Param() params: NumberingRangeIdParamDto,
    @ProviderSession() session: ProviderSession,
  ): Promise<NumberingRangeDto> {
    return NumberingRangeDto.from(await this.ranges.get(params.id, session));
  }

  @Post()
  @ApiOperation({
    summary: 'Create a numbering range',
    description:
      'Creates the range in Factus (POST /v2/numbering-ranges). Invoice and support-document ranges take the resolution DIAN associated to the software (GET /api/v1/numbering-ranges/dian); credit and debit notes need none. Usable by the next document at once. Not retried: a resend after a lost answer could create a second range.',
  })
  @ApiCreatedResponse({ type: NumberingRangeDto, description: 'Created; `Location` names it.' })
  @ApiProblemResponses(400, 401, 415, 422, 429, 502, 503, 504)
  async create(
    @Body() body: CreateNumberingRangeRequestDto,
    @ProviderSession() session: ProviderSession,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<NumberingRangeDto> {
    const range = await this.manage.create(
      CreateNumberingRangeRequestDto.toNewRange(body),
      session,
    );
    void reply.status(HttpStatus.CREATED);
    void reply.header('location', apiPath(ROUTES.numberingRanges, String(range.id)));
    return NumberingRangeDto.from(range);
  }

  @Patch(':id/current')
  @ApiOperation({
    summary: 'Set the next number of a range',
    description: 'Factus `PATCH /v2/numbering-ranges/:id/current`.',
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: NumberingRangeDto })
  @ApiProblemResponses(400, 401, 404, 415, 422, 429, 502, 503, 504)
  async updateCurrent(
    @Param() params: NumberingRangeIdParamDto,
    @Body() body: UpdateNumberingRangeCurrentRequestDto,
    @ProviderSession() session: ProviderSession,
  ): Promise<NumberingRangeDto> {
    return NumberingRangeDto.from(
      await this.manage.updateCurrent(params.id, body.current, session),
    );
  }

  @Patch(':id/toggle-status')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Activate or deactivate a range',
    description:
      'Factus `PATCH /v2/numbering-ranges/:id/toggle-status`: an active range becomes inactive and the other way round; the answer says which it is now. Not retried (a resend would undo it): after a 503 or 504, read the range before trying again.',
  })
  @ApiParam(ID_PARAM)
  @ApiOkResponse({ type: NumberingRangeDto })
  @ApiProblemResponses(400, 401, 404, 429, 502, 503, 504)
  async toggleStatus(
    @Param() params: NumberingRangeIdParamDto,
    @ProviderSession() session: ProviderSession,
  ): Promise<NumberingRangeDto> {
    return NumberingRangeDto.from(await this.manage.toggleStatus(params.id, session));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Delete a numbering range',
    description:
      'Factus `DELETE /v2/numbering-ranges/:id`. 409 NUMBERING_RANGE_CONFLICT when Factus will not delete it (a range documents were numbered from).',
  })
  @ApiParam(ID_PARAM)
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblemResponses(400, 401, 404, 409, 429, 502, 503, 504)
  async delete(
    @Param() params: NumberingRangeIdParamDto,
    @ProviderSession() session: ProviderSession,
  ): Promise<void> {
    await this.manage.delete(params.id, session);
  }
}
