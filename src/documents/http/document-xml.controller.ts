import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import {
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { replyWithFile } from '../../common/http/document-file.reply';
import { ROUTES } from '../../http/routes';
import { DownloadXmlByTrackIdUseCase } from '../application/download-xml-by-track-id.use-case';
import { TrackIdParamDto } from './track-id.param.dto';

/** The XML of any electronic document of the account by its DIAN track id (issue 15 item 5). */
@ApiTags('Documents')
@ApiFactusAuth()
@Controller(ROUTES.documents)
export class DocumentXmlController {
  constructor(private readonly downloadXml: DownloadXmlByTrackIdUseCase) {}

  @Get(':trackId/xml')
  @ApiOperation({
    summary: 'Download the XML of any document by its CUFE, CUDE, CUDS or CUNE',
    description:
      'The UBL XML Factus holds for a document the account issued or received, whatever its type, found by its DIAN track id. ' +
      'The id is checked locally (96 hexadecimal characters) before Factus is asked. Sends an ETag; answers If-None-Match with 304.',
  })
  @ApiProduces('application/xml', 'application/problem+json')
  @ApiOkResponse({
    description: 'The XML bytes.',
    content: { 'application/xml': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiNotModifiedResponse({ description: 'Unchanged since the ETag given in If-None-Match.' })
  @ApiProblemResponses(400, 401, 404, 409, 429, 502, 503, 504)
  async xml(
    @Param() params: TrackIdParamDto,
    @ProviderSession() session: ProviderSession,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | undefined> {
    const file = await this.downloadXml.execute(params.trackId, session);
    return replyWithFile(reply, file, 'xml', ifNoneMatch);
  }
}
