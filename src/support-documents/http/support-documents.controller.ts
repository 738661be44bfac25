import { Body, Controller, Headers, Post, Res } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { DocumentUseCases } from '../../documents/application/document-use-cases';
import {
  DocumentCollection,
  DocumentCollectionController,
} from '../../documents/http/document-collection.controller';
import { prefersAsync, replyWithIssueAnswer } from '../../documents/http/issue-answer.reply';
import { ApiIssueResponses } from '../../documents/http/issue-responses.swagger';
import type { LedgerRecordResponseDto } from '../../documents/http/ledger-record.response.dto';
import { ROUTES } from '../../http/routes';
import { Idempotent } from '../../idempotency/application/idempotent.decorator';
import { IssueAdjustmentNoteUseCase } from '../application/issue-adjustment-note.use-case';
import { IssueSupportDocumentUseCase } from '../application/issue-support-document.use-case';
import type {
  IssuedAdjustmentNote,
  IssuedSupportDocument,
} from '../domain/issued-support-document';
import { ADJUSTMENT_NOTE_TYPE, SUPPORT_DOCUMENT_TYPE } from '../domain/support-document-types';
import {
  CreateAdjustmentNoteRequestDto,
  CreateSupportDocumentRequestDto,
} from './create-support-document.request.dto';
import {
  toAdjustmentNoteDraft,
  toAdjustmentNoteResponse,
  toSupportDocumentDraft,
  toSupportDocumentResponse,
} from './support-document-mapping';
import {
  ADJUSTMENT_NOTE_EXAMPLES,
  SUPPORT_DOCUMENT_EXAMPLES,
} from './support-document-request.examples';
import {
  AdjustmentNoteResponseDto,
  ListAdjustmentNotesResponseDto,
  ListSupportDocumentsResponseDto,
  SupportDocumentResponseDto,
} from './support-document.response.dto';

const SUPPORT_DOCUMENTS: DocumentCollection<IssuedSupportDocument> = {
  type: SUPPORT_DOCUMENT_TYPE,
  route: ROUTES.supportDocuments,
  responseDto: SupportDocumentResponseDto,
  listResponseDto: ListSupportDocumentsResponseDto,
  toResponse: toSupportDocumentResponse,
  examples: { number: 'SEDS984000001', referenceCode: 'DS-2026-v2-0001' },
  delivery: false,
};

const ADJUSTMENT_NOTES: DocumentCollection<IssuedAdjustmentNote> = {
  type: ADJUSTMENT_NOTE_TYPE,
  route: ROUTES.adjustmentNotes,
  responseDto: AdjustmentNoteResponseDto,
  listResponseDto: ListAdjustmentNotesResponseDto,
  toResponse: toAdjustmentNoteResponse,
  examples: { number: 'NA1', referenceCode: 'NA-2026-v2-0005' },
  delivery: false,
};

@ApiTags('Support documents')
@ApiFactusAuth()
@Controller(ROUTES.supportDocuments)
export class SupportDocumentsController extends DocumentCollectionController(SUPPORT_DOCUMENTS) {
  constructor(
    documents: DocumentUseCases,
    private readonly issueSupportDocument: IssueSupportDocumentUseCase,
  ) {
    super(documents);
  }

  @Post()
  @Idempotent()
  @ApiOperation({
    summary: 'Create a support document (documento soporte) and validate it with DIAN',
    description:
      'A purchase from a provider who does not invoice. Checked locally first (every problem at once): the provider’s identification type (21, 22, 31, 41, 42, 47 or 50), its NIT check digit, a municipality only for a provider in Colombia, IVA (01) or excluded lines, withholdings, payments that add up, the range of document 24. ' +
      'Recorded in the ledger first and sent once; DIAN identifies it by its CUDS. `referenceCode` is the idempotency key: the same request again answers the same document; other data under it is refused (409 REFERENCE_CODE_REUSED). `Prefer: respond-async` answers 202 with the ledger record at once.',
  })
  @ApiBody({ type: CreateSupportDocumentRequestDto, examples: SUPPORT_DOCUMENT_EXAMPLES })
  @ApiIssueResponses(SupportDocumentResponseDto, SUPPORT_DOCUMENT_TYPE.name)
  @ApiProblemResponses(400, 401, 402, 409, 415, 422, 429, 502, 503, 504)
  async create(
    @Body() body: CreateSupportDocumentRequestDto,
    @ProviderSession() session: ProviderSession,
    @Headers('prefer') prefer: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SupportDocumentResponseDto | LedgerRecordResponseDto> {
    const respondAsync = prefersAsync(prefer);
    const answer = await this.issueSupportDocument.execute(toSupportDocumentDraft(body), session, {
      respondAsync,
    });
    return replyWithIssueAnswer(
      reply,
      answer,
      { route: ROUTES.supportDocuments, toResponse: toSupportDocumentResponse },
      respondAsync,
    );
  }
}

@ApiTags('Adjustment notes')
@ApiFactusAuth()
@Controller(ROUTES.adjustmentNotes)
export class AdjustmentNotesController extends DocumentCollectionController(ADJUSTMENT_NOTES) {
  constructor(
    documents: DocumentUseCases,
    private readonly issueAdjustmentNote: IssueAdjustmentNoteUseCase,
  ) {
    super(documents);
  }

  @Post()
  @Idempotent()
  @ApiOperation({
    summary: 'Create an adjustment note to a support document and validate it with DIAN',
    description:
      'Checked like a support document (every problem at once), with a correction concept 1–5, then against the support document it corrects: it must exist and be validated, and the note may not exceed what remains adjustable on it (its total minus the earlier adjustment notes this service issued or is issuing; notes on one support document are admitted one at a time). ' +
      'Recorded in the ledger first and sent once. `referenceCode` is the idempotency key (409 REFERENCE_CODE_REUSED for other data under it).',
  })
  @ApiBody({ type: CreateAdjustmentNoteRequestDto, examples: ADJUSTMENT_NOTE_EXAMPLES })
  @ApiIssueResponses(AdjustmentNoteResponseDto, ADJUSTMENT_NOTE_TYPE.name)
  @ApiProblemResponses(400, 401, 402, 404, 409, 415, 422, 429, 502, 503, 504)
  async create(
    @Body() body: CreateAdjustmentNoteRequestDto,
    @ProviderSession() session: ProviderSession,
    @Headers('prefer') prefer: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<AdjustmentNoteResponseDto | LedgerRecordResponseDto> {
    const respondAsync = prefersAsync(prefer);
    const answer = await this.issueAdjustmentNote.execute(toAdjustmentNoteDraft(body), session, {
      respondAsync,
    });
    return replyWithIssueAnswer(
      reply,
      answer,
      { route: ROUTES.adjustmentNotes, toResponse: toAdjustmentNoteResponse },
      respondAsync,
    );
  }
}
