import { Controller, Get, Headers, Param, Res } from '@nestjs/common';
import {
  ApiExtraModels,
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProduces,
  ApiResponse,
  ApiTags,
  getSchemaPath,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { replyWithFile } from '../../common/http/document-file.reply';
import { ProblemDto } from '../../common/http/problem.dto';
import { ROUTES } from '../../http/routes';
import { DownloadXmlByTrackIdUseCase } from '../application/download-xml-by-track-id.use-case';
import { TrackIdParamDto } from './track-id.param.dto';

const EXAMPLE_TRACK_ID = 'ab'.repeat(48);

/** A problem body as ProblemDetailsFilter writes it, for the route's own examples. */
function problem(status: number, code: string, title: string, detail: string) {
  const type = `https://factus-api.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`;
  const example = {
    type,
    title,
    status,
    detail,
    code,
    requestId: '5f0c6e2a-3a52-4d8e-9a38-0d1c8e0f4b11',
  };
  return {
    'application/problem+json': {
      schema: { $ref: getSchemaPath(ProblemDto) },
      examples: { [code]: { summary: title, value: example } },
    },
  };
}

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
  @ApiProblemResponses(400, 401, 429, 502, 503, 504)
  @ApiExtraModels(ProblemDto)
  @ApiResponse({
    status: 404,
    description:
      'No document of the account, issued or received, has this track id (DOCUMENT_NOT_FOUND).',
    content: problem(
      404,
      'DOCUMENT_NOT_FOUND',
      'Document not found',
      `Factus holds no document issued or received by this account with the track id ${EXAMPLE_TRACK_ID}.`,
    ),
  })
  @ApiResponse({
    status: 409,
    description:
      'DIAN has not validated the document yet: it has no XML to give (FACTUS_CONFLICT).',
    content: problem(
      409,
      'FACTUS_CONFLICT',
      'Factus reported a conflict',
      'El documento no ha sido validado por la DIAN',
    ),
  })
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
