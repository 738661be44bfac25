import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import {
  ApiHeader,
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { answerNotModified } from '../../common/http/etag';
import { apiPath, ROUTES } from '../../http/routes';
import {
  CatalogListView,
  QueryCatalogsUseCase,
  tagged,
  TaggedView,
} from '../application/query-catalogs.use-case';
import { CATALOG_NAMES } from '../domain/catalog-names';
import { CatalogSearchQueryDto } from './catalog-search.query.dto';
import { CatalogIndexResponseDto, CatalogResponseDto } from './catalog.response.dto';

/** Static data: anyone may cache it for a day, and revalidate with If-None-Match. */
const CACHE_CONTROL = 'public, max-age=86400';
const IF_NONE_MATCH = {
  name: 'If-None-Match',
  required: false,
  description: 'The ETag of a copy you hold: answered 304 when it is still current.',
  example: '"kVxQ7l0w1Jc2oZP4F9m3nB6yTt8aR5sE"',
};

/**
 * The DIAN code tables bundled with the service (the same data that validates requests). No
 * Factus token needed: the data is public and static.
 */
@ApiTags('Catalogs')
@ApiSecurity('apiKey')
@Controller(ROUTES.catalogs)
export class CatalogsController {
  private readonly index: TaggedView<CatalogIndexResponseDto>;

  constructor(private readonly catalogs: QueryCatalogsUseCase) {
    this.index = tagged({
      data: catalogs.summary().map((summary) => ({
        ...summary,
        href: apiPath(ROUTES.catalogs, summary.name),
      })),
    });
  }

  @Get()
  @ApiOperation({
    summary: 'List the DIAN catalogues',
    description:
      'Every code table the service validates against, with its size and where to read it. No Factus token needed. Sends an ETag; answer If-None-Match with 304.',
  })
  @ApiHeader(IF_NONE_MATCH)
  @ApiOkResponse({ type: CatalogIndexResponseDto })
  @ApiNotModifiedResponse({ description: 'Unchanged since the ETag given in If-None-Match.' })
  @ApiProblemResponses(500)
  list(
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): CatalogIndexResponseDto | undefined {
    return conditional(this.index, ifNoneMatch, reply);
  }

  @Get(':name')
  @ApiOperation({
    summary: 'Read or search one DIAN catalogue',
    description:
      'The codes of one table as DIAN publishes them (flaws of the published tables corrected), whole or filtered with `search`, accent- and case-insensitive. ' +
      'No Factus token needed. Sends an ETag; answer If-None-Match with 304.',
  })
  @ApiParam({
    name: 'name',
    description: 'Catalogue name.',
    schema: { type: 'string', enum: [...CATALOG_NAMES], example: 'municipalities' },
  })
  @ApiHeader(IF_NONE_MATCH)
  @ApiOkResponse({ type: CatalogResponseDto })
  @ApiNotModifiedResponse({ description: 'Unchanged since the ETag given in If-None-Match.' })
  @ApiProblemResponses(400, 404)
  get(
    @Param('name') name: string,
    @Query() query: CatalogSearchQueryDto,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): CatalogListView | undefined {
    return conditional(this.catalogs.get(name, query.search), ifNoneMatch, reply);
  }
}

/** Sends the body with its ETag, or 304 without a body when the caller's copy is current. */
function conditional<T>(
  view: TaggedView<T>,
  ifNoneMatch: string | undefined,
  reply: FastifyReply,
): T | undefined {
  const validator = { etag: view.etag, cacheControl: CACHE_CONTROL };
  return answerNotModified(reply, validator, ifNoneMatch) ? undefined : view.body;
}
