import { Body, Controller, Headers, Injectable, Post, Res, Type } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { DocumentUseCases } from '../../documents/application/document-use-cases';
import {
  DocumentCollectionController,
  DocumentCollectionRoutes,
} from '../../documents/http/document-collection.controller';
import type { DocumentListResponseDto } from '../../documents/http/document-list.response.dto';
import { prefersAsync, replyWithIssueAnswer } from '../../documents/http/issue-answer.reply';
import { ApiIssueResponses } from '../../documents/http/issue-responses.swagger';
import type { LedgerRecordResponseDto } from '../../documents/http/ledger-record.response.dto';
import { ROUTES } from '../../http/routes';
import { Idempotent } from '../../idempotency/application/idempotent.decorator';
import { IssueNoteUseCase } from '../application/issue-note.use-case';
import { NOTE_KINDS, NoteKind } from '../domain/note-kind';
import { CreateNoteRequestDto } from './create-note.request.dto';
import { ListCreditNotesResponseDto, ListDebitNotesResponseDto } from './note-list.response.dto';
import { toNoteDraft, toNoteResponse } from './note-mapping';
import { CREDIT_NOTE_EXAMPLES, DEBIT_NOTE_EXAMPLES } from './note-request.examples';
import { NoteResponseDto } from './note.response.dto';

interface NoteCollection {
  kind: NoteKind;
  route: string;
  listResponseDto: Type<DocumentListResponseDto>;
  requestExamples: Record<string, { summary: string; value: object }>;
  examples: { number: string; referenceCode: string };
}

/**
 * Credit and debit notes: a document collection each, whose create checks the note against the
 * invoice it corrects. One definition serves both, so that they cannot drift apart.
 */
function NotesController(notes: NoteCollection) {
  const { type } = NOTE_KINDS[notes.kind];

  // @Injectable() so that TypeScript records the constructor's parameters for Nest's injector.
  @Injectable()
  class NotesControllerBase extends DocumentCollectionController({
    type,
    route: notes.route,
    responseDto: NoteResponseDto,
    listResponseDto: notes.listResponseDto,
    toResponse: toNoteResponse,
    examples: notes.examples,
  }) {
    constructor(
      documents: DocumentUseCases,
      readonly issue: IssueNoteUseCase,
    ) {
      super(documents);
    }

    @Post()
    @Idempotent()
    @ApiOperation({
      summary: `Create a ${type.name} and validate it with DIAN`,
      description:
        `Validated like an invoice (every problem at once), then against the invoice it corrects: it must exist and be validated` +
        (notes.kind === 'credit'
          ? ', and a credit note may not exceed what remains creditable on it (its total minus earlier credit notes).'
          : '.') +
        ' Recorded in the ledger first and sent once (credit notes on one invoice are admitted one at a time). `referenceCode` is the idempotency key: the same request again answers the same note; other data under it is refused (409 REFERENCE_CODE_REUSED).',
    })
    @ApiBody({ type: CreateNoteRequestDto, examples: notes.requestExamples })
    @ApiIssueResponses(NoteResponseDto, type.name)
    @ApiProblemResponses(400, 401, 402, 404, 409, 415, 422, 429, 502, 503, 504)
    async create(
      @Body() body: CreateNoteRequestDto,
      @ProviderSession() session: ProviderSession,
      @Headers('prefer') prefer: string | undefined,
      @Res({ passthrough: true }) reply: FastifyReply,
    ): Promise<NoteResponseDto | LedgerRecordResponseDto> {
      const respondAsync = prefersAsync(prefer);
      const answer = await this.issue.execute(notes.kind, toNoteDraft(body), session, {
        respondAsync,
      });
      return replyWithIssueAnswer(
        reply,
        answer,
        { route: notes.route, toResponse: toNoteResponse },
        respondAsync,
      );
    }
  }
  return NotesControllerBase as Type<DocumentCollectionRoutes> &
    (new (documents: DocumentUseCases, issue: IssueNoteUseCase) => DocumentCollectionRoutes);
}

@ApiTags('Credit notes')
@ApiFactusAuth()
@Controller(ROUTES.creditNotes)
export class CreditNotesController extends NotesController({
  kind: 'credit',
  route: ROUTES.creditNotes,
  listResponseDto: ListCreditNotesResponseDto,
  requestExamples: CREDIT_NOTE_EXAMPLES,
  examples: { number: 'NC1', referenceCode: 'NC-2026-0015' },
}) {}

@ApiTags('Debit notes')
@ApiFactusAuth()
@Controller(ROUTES.debitNotes)
export class DebitNotesController extends NotesController({
  kind: 'debit',
  route: ROUTES.debitNotes,
  listResponseDto: ListDebitNotesResponseDto,
  requestExamples: DEBIT_NOTE_EXAMPLES,
  examples: { number: 'ND1', referenceCode: 'ND-2026-0007' },
}) {}
