import {
  Body,
  Delete,
  Get,
  Headers,
  HttpCode,
  HttpStatus,
  Param,
  Post,
  Query,
  Res,
  Type,
} from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { replyWithFile } from '../../common/http/document-file.reply';
import { apiPath } from '../../http/routes';
import { Idempotent } from '../../idempotency/application/idempotent.decorator';
import { DocumentUseCases } from '../application/document-use-cases';
import type { DocumentType } from '../domain/document-type';
import type { IssuedDocument } from '../domain/issued-document';
import { documentRouteDocs, DocumentRouteDocsOf } from './document-collection.swagger';
import { withLedgerRoutes } from './document-ledger.routes';
import { DocumentEmailContentResponseDto } from './document-email-content.response.dto';
import type { DocumentListResponseDto } from './document-list.response.dto';
import { toListResponse } from './document-response.mapper';
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
  /**
   * Whether Factus delivers this type by e-mail (send e-mail, e-mail content, AttachedDocument).
   * Sales documents do (the default); support documents and adjustment notes do not: their v2
   * pages document only create, list, show, PDF, XML and delete.
   */
  delivery?: boolean;
}

type File = Promise<Buffer | undefined>;

/**
 * The reads, files, deletion and e-mail of a collection; `create` is each type's own. A collection
 * without delivery has no `email`, `emailContent` or `attachedDocument` route.
 */
export interface DocumentCollectionRoutes {
  list(query: ListDocumentsQueryDto, session: ProviderSession): Promise<DocumentListResponseDto>;
  get(number: string, session: ProviderSession): Promise<unknown>;
  pdf(number: string, session: ProviderSession, ifNoneMatch?: string, reply?: FastifyReply): File;
  xml(number: string, session: ProviderSession, ifNoneMatch?: string, reply?: FastifyReply): File;
  delete(referenceCode: string, session: ProviderSession): Promise<void>;
  email(number: string, body: SendDocumentEmailRequestDto, session: ProviderSession): Promise<void>;
  emailContent(number: string, session: ProviderSession): Promise<DocumentEmailContentResponseDto>;
  attachedDocument(
    number: string,
    session: ProviderSession,
    ifNoneMatch?: string,
    reply?: FastifyReply,
  ): File;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript's mixin form
type Base = new (...args: any[]) => { readonly documents: DocumentUseCases };

/**
 * The base of a document collection's controller: list, show, PDF, XML, AttachedDocument, delete
 * by reference, e-mail and e-mail content, with that collection's Swagger schemas and examples. A feature's controller extends it
 * and adds its create route:
 * `@Controller(ROUTES.invoices) class InvoicesController extends DocumentCollectionController(INVOICES) {}`.
 * Built in layers (reads, files, management, delivery) so that each stays small.
 */
export function DocumentCollectionController<TIssued extends IssuedDocument>(
  collection: DocumentCollection<TIssued>,
): Type<DocumentCollectionRoutes> &
  (new (documents: DocumentUseCases) => DocumentCollectionRoutes) {
  const core = withManagementRoutes(
    withFileRoutes(withReadRoutes(collection), collection),
    collection,
  );
  const routes = collection.delivery === false ? core : withDeliveryRoutes(core, collection);
  // Without delivery the e-mail routes are absent (nothing calls them on such a collection).
  return withLedgerRoutes(routes, collection) as unknown as Type<DocumentCollectionRoutes> &
    (new (documents: DocumentUseCases) => DocumentCollectionRoutes);
}

function withReadRoutes<TIssued extends IssuedDocument>(collection: DocumentCollection<TIssued>) {
  const { type } = collection;
  const path = apiPath(collection.route);
  const api = documentRouteDocs(collection);

  class DocumentReadRoutes {
    constructor(readonly documents: DocumentUseCases) {}

    @Get()
    @api.list()
    async list(
      @Query() query: ListDocumentsQueryDto,
      @ProviderSession() session: ProviderSession,
    ): Promise<DocumentListResponseDto> {
      const filter = { ...query, page: query.page ?? 1, perPage: query.perPage ?? 10 };
      return toListResponse(await this.documents.list.execute(type, filter, session));
    }

    @Get(':number')
    @api.get()
    async get(
      @Param('number') number: string,
      @ProviderSession() session: ProviderSession,
    ): Promise<unknown> {
      return collection.toResponse(await this.documents.get.execute(type, number, session), path);
    }
  }
  return DocumentReadRoutes;
}

function withFileRoutes<TBase extends Base>(Base: TBase, collection: DocumentRouteDocsOf) {
  const { type } = collection;
  const api = documentRouteDocs(collection);

  class DocumentFileRoutes extends Base {
    @Get(':number/pdf')
    @api.file('pdf')
    async pdf(
      @Param('number') number: string,
      @ProviderSession() session: ProviderSession,
      @Headers('if-none-match') ifNoneMatch: string | undefined,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): File {
      const file = await this.documents.download.execute(type, number, 'pdf', session);
      return replyWithFile(reply, file, 'pdf', ifNoneMatch);
    }

    @Get(':number/xml')
    @api.file('xml')
    async xml(
      @Param('number') number: string,
      @ProviderSession() session: ProviderSession,
      @Headers('if-none-match') ifNoneMatch: string | undefined,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): File {
      const file = await this.documents.download.execute(type, number, 'xml', session);
      return replyWithFile(reply, file, 'xml', ifNoneMatch);
    }
  }
  return DocumentFileRoutes;
}

function withManagementRoutes<TBase extends Base>(Base: TBase, collection: DocumentRouteDocsOf) {
  const { type } = collection;
  const api = documentRouteDocs(collection);

  class DocumentManagementRoutes extends Base {
    @Delete('by-reference/:referenceCode')
    @HttpCode(HttpStatus.NO_CONTENT)
    @api.deleteByReference()
    async delete(
      @Param('referenceCode') referenceCode: string,
      @ProviderSession() session: ProviderSession,
    ): Promise<void> {
      await this.documents.deleteByReference.execute(type, referenceCode, session);
    }
  }
  return DocumentManagementRoutes;
}

/** E-mail, e-mail content and the AttachedDocument: how Factus delivers a sales document. */
function withDeliveryRoutes<TBase extends Base>(Base: TBase, collection: DocumentRouteDocsOf) {
  const { type } = collection;
  const api = documentRouteDocs(collection);

  class DocumentDeliveryRoutes extends Base {
    @Get(':number/attached-document')
    @api.attachedDocument()
    async attachedDocument(
      @Param('number') number: string,
      @ProviderSession() session: ProviderSession,
      @Headers('if-none-match') ifNoneMatch: string | undefined,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): File {
      const file = await this.documents.attachedDocument.execute(type, number, session);
      return replyWithFile(reply, file, 'xml', ifNoneMatch);
    }

    @Post(':number/email')
    @Idempotent()
    @HttpCode(HttpStatus.ACCEPTED)
    @api.email()
    async email(
      @Param('number') number: string,
      @Body() body: SendDocumentEmailRequestDto,
      @ProviderSession() session: ProviderSession,
    ): Promise<void> {
      const pdf =
        body.pdfBase64Encoded === undefined
          ? undefined
          : Buffer.from(body.pdfBase64Encoded, 'base64');
      await this.documents.email.execute(type, number, { email: body.email, pdf }, session);
    }

    @Get(':number/email-content')
    @api.emailContent()
    async emailContent(
      @Param('number') number: string,
      @ProviderSession() session: ProviderSession,
    ): Promise<DocumentEmailContentResponseDto> {
      const content = await this.documents.emailContent.execute(type, number, session);
      return { subject: content.subject, zipBase64Encoded: content.zip.toString('base64') };
    }
  }
  return DocumentDeliveryRoutes;
}
