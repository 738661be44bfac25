import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post, Query } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ProviderSession } from '../../auth/provider-session.decorator';
import type { FieldError } from '../../common/errors/domain-error';
import { RequestValidationError } from '../../common/errors/common.errors';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { ROUTES } from '../../http/routes';
import { Idempotent } from '../../idempotency/application/idempotent.decorator';
import { EmitReceivedInvoiceEventUseCase } from '../application/emit-received-invoice-event.use-case';
import { ListReceivedInvoicesUseCase } from '../application/list-received-invoices.use-case';
import { UploadReceivedInvoiceUseCase } from '../application/upload-received-invoice.use-case';
import { CLAIM, RadianEventCode } from '../domain/radian-event';
import { toRadianPerson } from './radian-person.request.dto';
import { RadianEventListResponseDto, toRadianEventDto } from './radian-event.response.dto';
import {
  ListReceivedInvoicesQueryDto,
  ReceivedInvoiceEventRequestDto,
  UploadReceivedInvoiceRequestDto,
} from './received-invoice.request.dto';
import {
  ReceivedInvoiceListResponseDto,
  ReceivedInvoiceResponseDto,
  toReceivedInvoiceListResponse,
  toReceivedInvoiceResponse,
} from './received-invoice.response.dto';
import {
  RECEIVED_INVOICE_ID,
  ReceivedInvoiceEventPath,
  ReceivedInvoiceEventPathPipe,
} from './received-invoice-event.path';
import { ApiRadianProblems, RADIAN_PROBLEMS } from './radian-problems.swagger';

const BUYER = {
  identificationDocumentCode: '13',
  identification: '1234566778',
  firstName: 'Pepito',
  lastName: 'Perez',
  jobTitle: 'Jefe de compras',
  organizationDepartment: 'Compras',
};

const BUYER_EVENT_EXAMPLES = {
  acknowledgement: {
    summary: '030, 032 or 033: the person who received the invoice, the goods, or accepts',
    value: BUYER,
  },
  claim: {
    summary: '031: the person who claims, and the claim concept (02 goods not delivered in full)',
    value: { ...BUYER, claimConceptCode: '02' },
  },
};

/** The claim concept goes with a claim (031) and only with it (emitir-evento). */
function claimConceptErrors(
  eventType: RadianEventCode,
  body: ReceivedInvoiceEventRequestDto,
): FieldError[] {
  if (eventType === CLAIM && body.claimConceptCode === undefined)
    return [
      { field: 'claimConceptCode', message: 'claimConceptCode is required with event 031 (claim)' },
    ];
  if (eventType !== CLAIM && body.claimConceptCode !== undefined)
    return [
      { field: 'claimConceptCode', message: 'claimConceptCode goes only with event 031 (claim)' },
    ];
  return [];
}

@ApiTags('Received invoices')
@ApiFactusAuth()
@Controller(ROUTES.receivedInvoices)
export class ReceivedInvoicesController {
  constructor(
    private readonly uploads: UploadReceivedInvoiceUseCase,
    private readonly lists: ListReceivedInvoicesUseCase,
    private readonly emits: EmitReceivedInvoiceEventUseCase,
  ) {}

  @Post()
  @HttpCode(HttpStatus.CREATED)
  @Idempotent()
  @ApiOperation({
    summary: "Upload a supplier's invoice by its CUFE",
    description:
      'Loads an electronic invoice a supplier issued to the company (Factus asks DIAN for it by CUFE), so that the RADIAN events 030–033 can be emitted on it. ' +
      'A CUFE DIAN does not know answers 404 RECEIVED_INVOICE_NOT_FOUND; one uploaded before, 409 RECEIVED_INVOICE_ALREADY_UPLOADED.',
  })
  @ApiBody({
    type: UploadReceivedInvoiceRequestDto,
    examples: {
      cufe: {
        summary: "The CUFE of the supplier's invoice",
        value: {
          cufe: '44e260a76e092e46fd5d8344a03146d5c8863ab68b18bde38a53318a33bf6805bac75f0bd71b0b75b3bd9c747a629470',
        },
      },
    },
  })
  @ApiCreatedResponse({ type: ReceivedInvoiceResponseDto })
  @ApiRadianProblems({
    400: { badCufe: RADIAN_PROBLEMS.badCufe },
    404: { cufeUnknown: RADIAN_PROBLEMS.cufeUnknown },
    409: { alreadyUploaded: RADIAN_PROBLEMS.alreadyUploaded },
    422: { cufeRefused: RADIAN_PROBLEMS.cufeRefused },
  })
  @ApiProblemResponses(400, 401, 404, 409, 415, 422, 429, 502, 503, 504)
  async upload(
    @Body() body: UploadReceivedInvoiceRequestDto,
    @ProviderSession() session: ProviderSession,
  ): Promise<ReceivedInvoiceResponseDto> {
    return toReceivedInvoiceResponse(await this.uploads.execute(body.cufe, session));
  }

  @Get()
  @ApiOperation({
    summary: 'List received invoices',
    description:
      'The supplier invoices uploaded so far, filtered as Factus allows: id, number, issue date, CUFE, supplier NIT and name, and whether events are pending (completedEvents=false).',
  })
  @ApiOkResponse({ type: ReceivedInvoiceListResponseDto })
  @ApiRadianProblems({ 400: { badFilter: RADIAN_PROBLEMS.badFilter } })
  @ApiProblemResponses(400, 401, 429, 502, 503, 504)
  async list(
    @Query() query: ListReceivedInvoicesQueryDto,
    @ProviderSession() session: ProviderSession,
  ): Promise<ReceivedInvoiceListResponseDto> {
    const page = await this.lists.execute(
      {
        id: query.id,
        number: query.number,
        issueDate: query.issueDate,
        cufe: query.cufe,
        supplierNit: query.supplierNit,
        supplierName: query.supplierName,
        completedEvents:
          query.completedEvents === undefined ? undefined : query.completedEvents === 'true',
        page: query.page ?? 1,
      },
      session,
    );
    return toReceivedInvoiceListResponse(page);
  }

  @Post(':id/events/:eventType')
  @HttpCode(HttpStatus.CREATED)
  @Idempotent()
  @ApiOperation({
    summary: 'Emit a RADIAN event on a received invoice',
    description:
      "The buyer's events: 030 acuse de recibo, 032 recibo del bien y/o prestación del servicio, then 031 reclamo (with claimConceptCode) or 033 aceptación expresa. " +
      "DIAN's order is checked first from the invoice's events (409 RADIAN_EVENT_NOT_ALLOWED names the rule): 032 needs 030; 031 and 033 need 032 and exclude each other; each event once; nothing after a tacit acceptance. " +
      "034 is refused (400): the supplier's side emits it when three business days pass after 032. The body is the person who performs the act. Answers the invoice's events after it.",
  })
  @ApiParam({
    name: 'id',
    description: "Factus's id of the received invoice (the upload's or the list's `id`).",
    schema: { type: 'string', pattern: RECEIVED_INVOICE_ID.source, maxLength: 64 },
    example: '9d86ea7f-b561-407c-8407-477abd1b53f7',
  })
  @ApiParam({ name: 'eventType', enum: ['030', '031', '032', '033'], example: '030' })
  @ApiBody({ type: ReceivedInvoiceEventRequestDto, examples: BUYER_EVENT_EXAMPLES })
  @ApiCreatedResponse({ type: RadianEventListResponseDto })
  @ApiRadianProblems({
    400: {
      badEventType: RADIAN_PROBLEMS.badEventType,
      missingConcept: RADIAN_PROBLEMS.missingConcept,
      badPerson: RADIAN_PROBLEMS.badPerson,
    },
    404: { idUnknown: RADIAN_PROBLEMS.idUnknown },
    409: { outOfOrder: RADIAN_PROBLEMS.outOfOrder, claimed: RADIAN_PROBLEMS.claimed },
    422: { factusRefused: RADIAN_PROBLEMS.factusRefused },
  })
  @ApiProblemResponses(400, 401, 404, 409, 415, 422, 429, 502, 503, 504)
  async emit(
    @Param(ReceivedInvoiceEventPathPipe) path: ReceivedInvoiceEventPath,
    @Body() body: ReceivedInvoiceEventRequestDto,
    @ProviderSession() session: ProviderSession,
  ): Promise<RadianEventListResponseDto> {
    const { id, eventType } = path;
    const errors = claimConceptErrors(eventType, body);
    if (errors.length > 0) throw new RequestValidationError(errors);
    const events = await this.emits.execute(
      id,
      eventType,
      { person: toRadianPerson(body), claimConceptCode: body.claimConceptCode },
      session,
    );
    return { data: events.map((event) => toRadianEventDto(event, true)) };
  }
}
