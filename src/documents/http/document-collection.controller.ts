import {
  Body,
  Delete,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Query,
  Res,
  Type,
} from '@nestjs/common';
import { Post } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiNoContentResponse,
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { replyWithFile } from '../../common/http/document-file.reply';
import { apiPath } from '../../http/routes';
import type { DocumentFileKind } from '../domain/document-gateway.port';
import type { DocumentType } from '../domain/document-type';
import type { IssuedDocument } from '../domain/issued-document';
import { DocumentUseCases } from '../application/document-use-cases';
import { toListResponse } from './document-response.mapper';
import type { DocumentListResponseDto } from './document-list.response.dto';
import { ListDocumentsQueryDto } from './list-documents.query.dto';
import { SendDocumentEmailRequestDto } from './send-document-email.request.dto';

/** One collection of documents in our API: its type, its route and how its documents read. */
export interface DocumentCollection<TIssued extends IssuedDocument = IssuedDocument> {
  type: DocumentType<unknown, TIssued>;
  /** Mount point, from ROUTES. */
  route: string;
  responseDto: Type<unknown>;
  listResponseDto: Type<DocumentListResponseDto>;
  toResponse(document: TIssued, collectionPath: string): unknown;
  examples: { number: string; referenceCode: string };
}

/** The reads, files, deletion and e-mail every collection has; `create` is each type's own. */
export interface DocumentCollectionRoutes {
  list(query: ListDocumentsQueryDto, session: ProviderSession): Promise<DocumentListResponseDto>;
  get(number: string, session: ProviderSession): Promise<unknown>;
  pdf(
    number: string,
    session: ProviderSession,
    ifNoneMatch: string | undefined,
    reply: FastifyReply,
  ): Promise<Buffer | undefined>;
  xml(
    number: string,
    session: ProviderSession,
    ifNoneMatch: string | undefined,
    reply: FastifyReply,
  ): Promise<Buffer | undefined>;
  delete(referenceCode: string, session: ProviderSession): Promise<void>;
  email(number: string, body: SendDocumentEmailRequestDto, session: ProviderSession): Promise<void>;
}

const FILE = {
  pdf: { type: 'application/pdf', what: 'the graphic representation (PDF)' },
  xml: { type: 'application/xml', what: 'the DIAN-validated UBL XML' },
} as const;

/** Swagger for a download route: the bytes, or 304, or a problem. */
function ApiFile(kind: DocumentFileKind, numberParam: object): MethodDecorator {
  const decorators = [
    ApiOperation({
      summary: `Download ${FILE[kind].what}`,
      description:
        'Sends an ETag; answers If-None-Match with 304. Repeated downloads are served from memory.',
    }),
    ApiParam(numberParam as never),
    ApiProduces(FILE[kind].type, 'application/problem+json'),
    ApiOkResponse({
      description: `The ${kind.toUpperCase()} bytes.`,
      content: { [FILE[kind].type]: { schema: { type: 'string', format: 'binary' } } },
    }),
    ApiNotModifiedResponse({ description: 'Unchanged since the ETag given in If-None-Match.' }),
    ApiProblemResponses(401, 404, 409, 429, 502, 503, 504),
  ];
  return (target, key, descriptor) => decorators.forEach((d) => d(target, key, descriptor));
}

/**
 * The base of a document collection's controller: list, show, PDF, XML, delete by reference and
 * e-mail, with that collection's Swagger schemas and examples. A feature's controller extends it
 * and adds its create route:
 * `@Controller(ROUTES.invoices) class InvoicesController extends DocumentCollectionController(INVOICES) {}`.
 */
export function DocumentCollectionController<TIssued extends IssuedDocument>(
  collection: DocumentCollection<TIssued>,
): Type<DocumentCollectionRoutes> &
  (new (documents: DocumentUseCases) => DocumentCollectionRoutes) {
  const { type, responseDto, listResponseDto, examples } = collection;
  const path = apiPath(collection.route);
  const NUMBER = {
    name: 'number',
    description: `The ${type.name}'s number (prefix + consecutive).`,
    example: examples.number,
  };

  class DocumentCollectionBase implements DocumentCollectionRoutes {
    constructor(protected readonly documents: DocumentUseCases) {}

    @Get()
    @ApiOperation({
      summary: `List ${type.name}s`,
      description: `Filters and pagination over the ${type.name}s Factus holds.`,
    })
    @ApiOkResponse({ type: listResponseDto })
    @ApiProblemResponses(400, 401, 429, 502, 503, 504)
    async list(
      @Query() query: ListDocumentsQueryDto,
      @ProviderSession() session: ProviderSession,
    ): Promise<DocumentListResponseDto> {
      const filter = { ...query, page: query.page ?? 1, perPage: query.perPage ?? 10 };
      return toListResponse(await this.documents.list.execute(type, filter, session));
    }

    @Get(':number')
    @ApiOperation({ summary: `Get one ${type.name}` })
    @ApiParam(NUMBER)
    @ApiOkResponse({ type: responseDto })
    @ApiProblemResponses(401, 404, 429, 502, 503, 504)
    async get(
      @Param('number') number: string,
      @ProviderSession() session: ProviderSession,
    ): Promise<unknown> {
      return collection.toResponse(await this.documents.get.execute(type, number, session), path);
    }

    @Get(':number/pdf')
    @ApiFile('pdf', NUMBER)
    pdf(
      @Param('number') number: string,
      @ProviderSession() session: ProviderSession,
      @Headers('if-none-match') ifNoneMatch: string | undefined,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<Buffer | undefined> {
      return this.download(number, 'pdf', session, ifNoneMatch, reply);
    }

    @Get(':number/xml')
    @ApiFile('xml', NUMBER)
    xml(
      @Param('number') number: string,
      @ProviderSession() session: ProviderSession,
      @Headers('if-none-match') ifNoneMatch: string | undefined,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<Buffer | undefined> {
      return this.download(number, 'xml', session, ifNoneMatch, reply);
    }

    @Delete('by-reference/:referenceCode')
    @HttpCode(HttpStatus.NO_CONTENT)
    @ApiOperation({
      summary: `Delete an unvalidated ${type.name}`,
      description: `Deletes a pending or rejected ${type.name} so that it stops blocking the next ones. A validated ${type.name} cannot be deleted (409): correct it with a note.`,
    })
    @ApiParam({
      name: 'referenceCode',
      description: 'Your reference code.',
      example: examples.referenceCode,
    })
    @ApiNoContentResponse({ description: 'Deleted.' })
    @ApiProblemResponses(401, 404, 409, 429, 502, 503, 504)
    async delete(
      @Param('referenceCode') referenceCode: string,
      @ProviderSession() session: ProviderSession,
    ): Promise<void> {
      await this.documents.deleteByReference.execute(type, referenceCode, session);
    }

    @Post(':number/email')
    @HttpCode(HttpStatus.ACCEPTED)
    @ApiOperation({
      summary: `E-mail the ${type.name}`,
      description:
        'Factus sends the PDF and XML to the address. Factus limits how many times a day a document can be sent.',
    })
    @ApiParam(NUMBER)
    @ApiAcceptedResponse({ description: 'Factus accepted the e-mail.' })
    @ApiProblemResponses(400, 401, 404, 409, 429, 502, 503, 504)
    async email(
      @Param('number') number: string,
      @Body() body: SendDocumentEmailRequestDto,
      @ProviderSession() session: ProviderSession,
    ): Promise<void> {
      await this.documents.email.execute(type, number, body.email, session);
    }

    private async download(
      number: string,
      kind: DocumentFileKind,
      session: ProviderSession,
      ifNoneMatch: string | undefined,
      reply: FastifyReply,
    ): Promise<Buffer | undefined> {
      const file = await this.documents.download.execute(type, number, kind, session);
      return replyWithFile(reply, file, kind, ifNoneMatch);
    }
  }
  return DocumentCollectionBase;
}
