import {
  Body,
  Controller,
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
import {
  ApiAcceptedResponse,
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiNotModifiedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiProduces,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ProviderSessionResolver } from '../../auth/application/provider-session.resolver';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { replyWithFile } from '../../common/http/document-file.reply';
import { toListResponse } from '../../documents/http/document-response.mapper';
import { ListDocumentsQueryDto } from '../../documents/http/list-documents.query.dto';
import { ListInvoicesResponseDto } from '../../documents/http/document-list.response.dto';
import { SendDocumentEmailRequestDto } from '../../documents/http/send-document-email.request.dto';
import { IssueNoteUseCase } from '../application/issue-note.use-case';
import { NoteDocumentsUseCase } from '../application/note-documents.use-case';
import { NOTE_KINDS, NoteKind } from '../domain/note-kind';
import { CreateNoteRequestDto } from './create-note.request.dto';
import { toNoteDraft, toNoteResponse } from './note-mapping';
import { CREDIT_NOTE_EXAMPLES, DEBIT_NOTE_EXAMPLES } from './note-request.examples';
import { NoteResponseDto } from './note.response.dto';

interface NotesControllerOptions {
  kind: NoteKind;
  route: string;
  tag: string;
  examples: Record<string, { summary: string; value: object }>;
}

/**
 * Credit and debit notes have the same operations; one definition serves both, so that they
 * cannot drift apart. Everything that differs comes from the kind.
 */
function notesController({ kind, route, tag, examples }: NotesControllerOptions): Type<unknown> {
  const type = NOTE_KINDS[kind].type;
  const collection = type.apiPath;
  const NUMBER = {
    name: 'number',
    description: `${type.name} number (prefix + consecutive).`,
    example: kind === 'credit' ? 'NC1' : 'ND1',
  };

  @ApiTags(tag)
  @ApiFactusAuth()
  @Controller(route)
  class NotesController {
    constructor(
      readonly sessions: ProviderSessionResolver,
      readonly issue: IssueNoteUseCase,
      readonly documents: NoteDocumentsUseCase,
    ) {}

    @Post()
    @ApiOperation({
      summary: `Create a ${type.name} and validate it with DIAN`,
      description:
        `Validated like an invoice (every problem at once), then against the invoice it corrects: it must exist and be validated` +
        (kind === 'credit'
          ? ', and a credit note may not exceed what remains creditable on it (its total minus earlier credit notes).'
          : '.') +
        ' `referenceCode` is the idempotency key: resending the same request never creates a second note.',
    })
    @ApiBody({ type: CreateNoteRequestDto, examples })
    @ApiCreatedResponse({ type: NoteResponseDto, description: 'Validated by DIAN.' })
    @ApiAcceptedResponse({
      type: NoteResponseDto,
      description: 'DIAN has not answered yet: resend the same request to finish it.',
    })
    @ApiProblemResponses(400, 401, 402, 404, 409, 422, 429, 502, 503, 504)
    async create(
      @Body() body: CreateNoteRequestDto,
      @Headers('authorization') authorization: string | undefined,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<NoteResponseDto> {
      const session = await this.sessions.resolve(authorization);
      const note = await this.issue.execute(kind, toNoteDraft(body), session);
      void reply.status(note.status === 'validated' ? HttpStatus.CREATED : HttpStatus.ACCEPTED);
      void reply.header('location', `${collection}/${encodeURIComponent(note.number)}`);
      return toNoteResponse(note, collection);
    }

    @Get()
    @ApiOperation({
      summary: `List ${type.name}s`,
      description: 'Same filters and pagination as invoices.',
    })
    @ApiOkResponse({ type: ListInvoicesResponseDto })
    @ApiProblemResponses(400, 401, 429, 502, 503, 504)
    async list(
      @Query() query: ListDocumentsQueryDto,
      @Headers('authorization') authorization: string | undefined,
    ): Promise<ListInvoicesResponseDto> {
      const session = await this.sessions.resolve(authorization);
      const page = await this.documents.list(
        kind,
        { ...query, page: query.page ?? 1, perPage: query.perPage ?? 10 },
        session,
      );
      return toListResponse(page);
    }

    @Get(':number')
    @ApiOperation({ summary: `Get one ${type.name}` })
    @ApiParam(NUMBER)
    @ApiOkResponse({ type: NoteResponseDto })
    @ApiProblemResponses(401, 404, 429, 502, 503, 504)
    async get(
      @Param('number') number: string,
      @Headers('authorization') authorization: string | undefined,
    ): Promise<NoteResponseDto> {
      const session = await this.sessions.resolve(authorization);
      return toNoteResponse(await this.documents.get(kind, number, session), collection);
    }

    @Get(':number/pdf')
    @ApiOperation({
      summary: 'Download the PDF',
      description: 'Sends an ETag; answers If-None-Match with 304.',
    })
    @ApiParam(NUMBER)
    @ApiProduces('application/pdf', 'application/problem+json')
    @ApiOkResponse({
      description: 'The PDF bytes.',
      content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
    })
    @ApiNotModifiedResponse({ description: 'Unchanged since the ETag given in If-None-Match.' })
    @ApiProblemResponses(401, 404, 409, 429, 502, 503, 504)
    async pdf(
      @Param('number') number: string,
      @Headers('authorization') authorization: string | undefined,
      @Headers('if-none-match') ifNoneMatch: string | undefined,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<Buffer | undefined> {
      const session = await this.sessions.resolve(authorization);
      return replyWithFile(
        reply,
        await this.documents.download(kind, number, 'pdf', session),
        'pdf',
        ifNoneMatch,
      );
    }

    @Get(':number/xml')
    @ApiOperation({
      summary: 'Download the XML',
      description:
        'The DIAN-validated UBL document. Sends an ETag; answers If-None-Match with 304.',
    })
    @ApiParam(NUMBER)
    @ApiProduces('application/xml', 'application/problem+json')
    @ApiOkResponse({
      description: 'The XML document.',
      content: { 'application/xml': { schema: { type: 'string', format: 'binary' } } },
    })
    @ApiNotModifiedResponse({ description: 'Unchanged since the ETag given in If-None-Match.' })
    @ApiProblemResponses(401, 404, 409, 429, 502, 503, 504)
    async xml(
      @Param('number') number: string,
      @Headers('authorization') authorization: string | undefined,
      @Headers('if-none-match') ifNoneMatch: string | undefined,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<Buffer | undefined> {
      const session = await this.sessions.resolve(authorization);
      return replyWithFile(
        reply,
        await this.documents.download(kind, number, 'xml', session),
        'xml',
        ifNoneMatch,
      );
    }

    @Delete('by-reference/:referenceCode')
    @HttpCode(HttpStatus.NO_CONTENT)
    @ApiOperation({
      summary: `Delete an unvalidated ${type.name}`,
      description:
        'Deletes a pending or rejected note so that it stops blocking the next ones. A validated note cannot be deleted (409).',
    })
    @ApiParam({
      name: 'referenceCode',
      description: 'Your reference code.',
      example: kind === 'credit' ? 'NC-2026-0015' : 'ND-2026-0007',
    })
    @ApiNoContentResponse({ description: 'Deleted.' })
    @ApiProblemResponses(401, 404, 409, 429, 502, 503, 504)
    async delete(
      @Param('referenceCode') referenceCode: string,
      @Headers('authorization') authorization: string | undefined,
    ): Promise<void> {
      const session = await this.sessions.resolve(authorization);
      await this.documents.deleteByReference(kind, referenceCode, session);
    }

    @Post(':number/email')
    @HttpCode(HttpStatus.ACCEPTED)
    @ApiOperation({
      summary: `E-mail the ${type.name}`,
      description: 'Factus sends the PDF and XML to the address, within its daily limit.',
    })
    @ApiParam(NUMBER)
    @ApiAcceptedResponse({ description: 'Factus accepted the e-mail.' })
    @ApiProblemResponses(400, 401, 404, 409, 429, 502, 503, 504)
    async email(
      @Param('number') number: string,
      @Body() body: SendDocumentEmailRequestDto,
      @Headers('authorization') authorization: string | undefined,
    ): Promise<void> {
      const session = await this.sessions.resolve(authorization);
      await this.documents.sendEmail(kind, number, body.email, session);
    }
  }

  Object.defineProperty(NotesController, 'name', {
    value: kind === 'credit' ? 'CreditNotesController' : 'DebitNotesController',
  });
  return NotesController;
}

export const CreditNotesController = notesController({
  kind: 'credit',
  route: 'credit-notes',
  tag: 'Credit notes',
  examples: CREDIT_NOTE_EXAMPLES,
});

export const DebitNotesController = notesController({
  kind: 'debit',
  route: 'debit-notes',
  tag: 'Debit notes',
  examples: DEBIT_NOTE_EXAMPLES,
});
