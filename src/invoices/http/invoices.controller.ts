import { Body, Controller, Headers, HttpCode, HttpStatus, Post, Res } from '@nestjs/common';
import { ApiBody, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { DocumentUseCases } from '../../documents/application/document-use-cases';
import {
  DocumentCollection,
  DocumentCollectionController,
} from '../../documents/http/document-collection.controller';
import { ROUTES } from '../../http/routes';
import { ApiIssueResponses } from '../../documents/http/issue-responses.swagger';
import { prefersAsync, replyWithIssueAnswer } from '../../documents/http/issue-answer.reply';
import type { LedgerRecordResponseDto } from '../../documents/http/ledger-record.response.dto';
import { Idempotent } from '../../idempotency/application/idempotent.decorator';
import { IssueInvoiceUseCase } from '../application/issue-invoice.use-case';
import { PreviewInvoiceUseCase } from '../application/preview-invoice.use-case';
import { INVOICE_DOCUMENT } from '../domain/invoice-document';
import type { IssuedInvoice } from '../domain/issued-invoice';
import { CreateInvoiceRequestDto } from './create-invoice.request.dto';
import { toInvoiceDraft } from './invoice-draft.mapper';
import {
  InvoicePreviewResponseDto,
  toInvoicePreviewResponse,
} from './invoice-preview.response.dto';
import { CREATE_INVOICE_EXAMPLES } from './invoice-request.examples';
import { toInvoiceResponse } from './invoice-response.mapper';
import { InvoiceResponseDto } from './invoice.response.dto';
import { ListInvoicesResponseDto } from './list-invoices.response.dto';
import { PreviewInvoiceRequestDto } from './preview-invoice.request.dto';

const INVOICES: DocumentCollection<IssuedInvoice> = {
  type: INVOICE_DOCUMENT,
  route: ROUTES.invoices,
  responseDto: InvoiceResponseDto,
  listResponseDto: ListInvoicesResponseDto,
  toResponse: toInvoiceResponse,
  examples: { number: 'SETP990000001', referenceCode: 'FACT-2026-0124' },
};

@ApiTags('Invoices')
@ApiFactusAuth()
@Controller(ROUTES.invoices)
export class InvoicesController extends DocumentCollectionController(INVOICES) {
  constructor(
    documents: DocumentUseCases,
    private readonly issueInvoice: IssueInvoiceUseCase,
    private readonly previewInvoice: PreviewInvoiceUseCase,
  ) {
    super(documents);
  }

  @Post()
  @Idempotent()
  @ApiOperation({
    summary: 'Create an invoice and validate it with DIAN',
    description:
      'Validates the invoice locally against the DIAN rules (every problem at once, nothing sent when any), then sends it to Factus. ' +
      'It is recorded in the ledger first, then sent once; outages are waited out and a document DIAN has not answered is followed up automatically. ' +
      '`referenceCode` is the idempotency key: the same request again answers the same invoice (never a second one); other data under it is refused (409 REFERENCE_CODE_REUSED).',
  })
  @ApiBody({ type: CreateInvoiceRequestDto, examples: CREATE_INVOICE_EXAMPLES })
  @ApiIssueResponses(InvoiceResponseDto, 'invoice')
  @ApiProblemResponses(400, 401, 402, 409, 415, 422, 429, 502, 503, 504)
  async create(
    @Body() body: CreateInvoiceRequestDto,
    @ProviderSession() session: ProviderSession,
    @Headers('prefer') prefer: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InvoiceResponseDto | LedgerRecordResponseDto> {
    const respondAsync = prefersAsync(prefer);
    const answer = await this.issueInvoice.execute(toInvoiceDraft(body), session, { respondAsync });
    return replyWithIssueAnswer(
      reply,
      answer,
      { route: ROUTES.invoices, toResponse: toInvoiceResponse },
      respondAsync,
    );
  }

  @Post('preview')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Compute an invoice without sending it',
    description:
      'Lines, taxes by tax and rate, withholdings, surcharges and totals, computed locally (no Factus call), so that paymentDetails can be filled exactly.',
  })
  @ApiBody({ type: PreviewInvoiceRequestDto, examples: CREATE_INVOICE_EXAMPLES })
  @ApiOkResponse({ type: InvoicePreviewResponseDto })
  @ApiProblemResponses(400, 415)
  preview(@Body() body: PreviewInvoiceRequestDto): InvoicePreviewResponseDto {
    return toInvoicePreviewResponse(this.previewInvoice.execute(toInvoiceDraft(body)));
  }
}
