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
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { replyWithFile } from '../../common/http/document-file.reply';
import { API_PREFIX } from '../../configure-app';
import {
  DownloadInvoiceFileUseCase,
  InvoiceFileKind,
} from '../application/download-invoice-file.use-case';
import { IssueInvoiceUseCase } from '../application/issue-invoice.use-case';
import { ManageInvoiceUseCase } from '../application/manage-invoice.use-case';
import { PreviewInvoiceUseCase } from '../application/preview-invoice.use-case';
import { QueryInvoicesUseCase } from '../application/query-invoices.use-case';
import { CreateInvoiceRequestDto } from './create-invoice.request.dto';
import { CREATE_INVOICE_EXAMPLES } from './invoice-request.examples';
import { toInvoiceDraft } from './invoice-draft.mapper';
import { toInvoiceResponse, toListResponse } from '../../documents/http/document-response.mapper';
import { InvoiceResponseDto } from '../../documents/http/document.response.dto';
import { ListDocumentsQueryDto } from '../../documents/http/list-documents.query.dto';
import { ListInvoicesResponseDto } from '../../documents/http/document-list.response.dto';
import {
  InvoicePreviewResponseDto,
  toInvoicePreviewResponse,
} from './invoice-preview.response.dto';
import { PreviewInvoiceRequestDto } from './preview-invoice.request.dto';
import { SendDocumentEmailRequestDto } from '../../documents/http/send-document-email.request.dto';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';

const API_BASE = `/${API_PREFIX}`;
const NUMBER_PARAM = {
  name: 'number',
  description: 'Invoice number (prefix + consecutive).',
  example: 'SETP990000001',
};

@ApiTags('Invoices')
@ApiFactusAuth()
@Controller('invoices')
export class InvoicesController {
  constructor(
    private readonly sessions: ProviderSessionResolver,
    private readonly issueInvoice: IssueInvoiceUseCase,
    private readonly previewInvoice: PreviewInvoiceUseCase,
    private readonly queries: QueryInvoicesUseCase,
    private readonly files: DownloadInvoiceFileUseCase,
    private readonly manage: ManageInvoiceUseCase,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Create an invoice and validate it with DIAN',
    description:
      'Validates the invoice locally against the DIAN rules (every problem at once, nothing sent when any), then sends it to Factus. ' +
      '`referenceCode` is the idempotency key: resending the same request never creates a second invoice, and is how to finish one that is pending (202).',
  })
  @ApiBody({ type: CreateInvoiceRequestDto, examples: CREATE_INVOICE_EXAMPLES })
  @ApiCreatedResponse({
    type: InvoiceResponseDto,
    description: 'Validated by DIAN (notices may be present in dianMessages).',
  })
  @ApiAcceptedResponse({
    type: InvoiceResponseDto,
    description:
      'Factus accepted it but DIAN has not answered yet: resend the same request to finish it.',
  })
  @ApiProblemResponses(400, 401, 402, 409, 422, 429, 502, 503, 504)
  async create(
    @Body() body: CreateInvoiceRequestDto,
    @Headers('authorization') authorization: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<InvoiceResponseDto> {
    const session = await this.sessions.resolve(authorization);
    const invoice = await this.issueInvoice.execute(toInvoiceDraft(body), session);
    const response = toInvoiceResponse(invoice, API_BASE);
    void reply.status(invoice.status === 'validated' ? HttpStatus.CREATED : HttpStatus.ACCEPTED);
    void reply.header('location', `${API_BASE}/invoices/${encodeURIComponent(invoice.number)}`);
    return response;
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
  @ApiProblemResponses(400)
  preview(@Body() body: PreviewInvoiceRequestDto): InvoicePreviewResponseDto {
    return toInvoicePreviewResponse(this.previewInvoice.execute(toInvoiceDraft(body)));
  }

  @Get()
  @ApiOperation({
    summary: 'List invoices',
    description: 'Filters and pagination over the invoices Factus holds.',
  })
  @ApiOkResponse({ type: ListInvoicesResponseDto })
  @ApiProblemResponses(400, 401, 429, 502, 503, 504)
  async list(
    @Query() query: ListDocumentsQueryDto,
    @Headers('authorization') authorization: string | undefined,
  ): Promise<ListInvoicesResponseDto> {
    const session = await this.sessions.resolve(authorization);
    const page = await this.queries.list(
      { ...query, page: query.page ?? 1, perPage: query.perPage ?? 10 },
      session,
    );
    return toListResponse(page);
  }

  @Get(':number')
  @ApiOperation({ summary: 'Get one invoice' })
  @ApiParam(NUMBER_PARAM)
  @ApiOkResponse({ type: InvoiceResponseDto })
  @ApiProblemResponses(401, 404, 429, 502, 503, 504)
  async get(
    @Param('number') number: string,
    @Headers('authorization') authorization: string | undefined,
  ): Promise<InvoiceResponseDto> {
    const session = await this.sessions.resolve(authorization);
    return toInvoiceResponse(await this.queries.get(number, session), API_BASE);
  }

  @Get(':number/pdf')
  @ApiOperation({
    summary: 'Download the PDF',
    description:
      'The graphic representation. Sends an ETag; answer If-None-Match with 304. Repeated downloads are served from memory.',
  })
  @ApiParam(NUMBER_PARAM)
  @ApiProduces('application/pdf', 'application/problem+json')
  @ApiOkResponse({
    description: 'The PDF bytes.',
    content: { 'application/pdf': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiNotModifiedResponse({ description: 'Unchanged since the ETag given in If-None-Match.' })
  @ApiProblemResponses(401, 404, 409, 429, 502, 503, 504)
  pdf(
    @Param('number') number: string,
    @Headers('authorization') authorization: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | undefined> {
    return this.download(number, 'pdf', authorization, ifNoneMatch, reply);
  }

  @Get(':number/xml')
  @ApiOperation({
    summary: 'Download the XML',
    description: 'The DIAN-validated UBL invoice. Sends an ETag; answer If-None-Match with 304.',
  })
  @ApiParam(NUMBER_PARAM)
  @ApiProduces('application/xml', 'application/problem+json')
  @ApiOkResponse({
    description: 'The XML document.',
    content: { 'application/xml': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiNotModifiedResponse({ description: 'Unchanged since the ETag given in If-None-Match.' })
  @ApiProblemResponses(401, 404, 409, 429, 502, 503, 504)
  xml(
    @Param('number') number: string,
    @Headers('authorization') authorization: string | undefined,
    @Headers('if-none-match') ifNoneMatch: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer | undefined> {
    return this.download(number, 'xml', authorization, ifNoneMatch, reply);
  }

  @Delete('by-reference/:referenceCode')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Delete an unvalidated invoice',
    description:
      'Deletes a pending or rejected invoice so that it stops blocking the next ones. A validated invoice cannot be deleted (409): correct it with a credit note.',
  })
  @ApiParam({
    name: 'referenceCode',
    description: 'Your reference code.',
    example: 'FACT-2026-0124',
  })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiProblemResponses(401, 404, 409, 429, 502, 503, 504)
  async delete(
    @Param('referenceCode') referenceCode: string,
    @Headers('authorization') authorization: string | undefined,
  ): Promise<void> {
    const session = await this.sessions.resolve(authorization);
    await this.manage.deleteByReference(referenceCode, session);
  }

  @Post(':number/email')
  @HttpCode(HttpStatus.ACCEPTED)
  @ApiOperation({
    summary: 'E-mail the invoice',
    description:
      'Factus sends the PDF and XML to the address. Factus limits how many times a day a document can be sent.',
  })
  @ApiParam(NUMBER_PARAM)
  @ApiAcceptedResponse({ description: 'Factus accepted the e-mail.' })
  @ApiProblemResponses(400, 401, 404, 409, 429, 502, 503, 504)
  async email(
    @Param('number') number: string,
    @Body() body: SendDocumentEmailRequestDto,
    @Headers('authorization') authorization: string | undefined,
  ): Promise<void> {
    const session = await this.sessions.resolve(authorization);
    await this.manage.sendEmail(number, body.email, session);
  }

  private async download(
    number: string,
    kind: InvoiceFileKind,
    authorization: string | undefined,
    ifNoneMatch: string | undefined,
    reply: FastifyReply,
  ): Promise<Buffer | undefined> {
    const session = await this.sessions.resolve(authorization);
    return replyWithFile(reply, await this.files.execute(number, kind, session), kind, ifNoneMatch);
  }
}
