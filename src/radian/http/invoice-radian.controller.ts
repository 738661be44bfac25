import { Body, Controller, Get, HttpCode, HttpStatus, Param, Post } from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiParam,
  ApiTags,
} from '@nestjs/swagger';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { ROUTES } from '../../http/routes';
import { Idempotent } from '../../idempotency/application/idempotent.decorator';
import { AcceptInvoiceTacitlyUseCase } from '../application/accept-invoice-tacitly.use-case';
import { ListInvoiceEventsUseCase } from '../application/list-invoice-events.use-case';
import { RadianPersonRequestDto, toRadianPerson } from './radian-person.request.dto';
import { RadianEventListResponseDto, toRadianEventDto } from './radian-event.response.dto';
import { ApiRadianProblems, RADIAN_PROBLEMS } from './radian-problems.swagger';

const TACIT_ACCEPTANCE_EXAMPLES = {
  person: {
    summary: 'A person identified by cédula (the aceptacion-tacita example)',
    value: {
      identificationDocumentCode: '13',
      identification: '12345667',
      firstName: 'Pepito',
      lastName: 'Perez',
      jobTitle: 'Desarrollador de software',
      organizationDepartment: 'Sistemas',
    },
  },
  byNit: {
    summary: 'A person identified by NIT (dv required)',
    value: {
      identificationDocumentCode: '31',
      identification: '900123456',
      dv: '8',
      firstName: 'Pepito',
      lastName: 'Perez',
    },
  },
};

const NUMBER = {
  name: 'number',
  description: 'Invoice number (prefix + consecutive).',
  example: 'SETP990000001',
};

/**
 * RADIAN on the company's own invoices, beside the invoice routes (same mount point: `:number/events`
 * has a segment more than `:number`, so neither shadows the other).
 */
@ApiTags('Invoices')
@ApiFactusAuth()
@Controller(ROUTES.invoices)
export class InvoiceRadianController {
  constructor(
    private readonly listEvents: ListInvoiceEventsUseCase,
    private readonly acceptTacitly: AcceptInvoiceTacitlyUseCase,
  ) {}

  @Get(':number/events')
  @ApiOperation({
    summary: "List an invoice's RADIAN events",
    description:
      "The events DIAN registered on the invoice: its buyer's acknowledgement (030), claim (031), receipt of the goods (032) and express acceptance (033), and the issuer's tacit acceptance (034).",
  })
  @ApiParam(NUMBER)
  @ApiOkResponse({ type: RadianEventListResponseDto })
  @ApiRadianProblems({
    400: { badNumber: RADIAN_PROBLEMS.badNumber },
    404: { invoiceUnknown: RADIAN_PROBLEMS.invoiceUnknown },
  })
  @ApiProblemResponses(400, 401, 404, 429, 502, 503, 504)
  async events(
    @Param('number') number: string,
    @ProviderSession() session: ProviderSession,
  ): Promise<RadianEventListResponseDto> {
    return {
      data: (await this.listEvents.execute(number, session)).map((e) => toRadianEventDto(e)),
    };
  }

  @Post(':number/events/tacit-acceptance')
  @HttpCode(HttpStatus.CREATED)
  @Idempotent()
  @ApiOperation({
    summary: 'Emit the tacit acceptance (034) of a credit invoice',
    description:
      'Only for credit invoices (payment form 2), once the buyer registered the receipt of the goods (032) and three Colombian business days passed without a claim (031) or an express acceptance (033). ' +
      'Checked before anything is sent: otherwise 409 RADIAN_EVENT_NOT_ALLOWED says which rule refuses it. The body is the person who accepts for the company. Answers the events after it.',
  })
  @ApiParam(NUMBER)
  @ApiBody({ type: RadianPersonRequestDto, examples: TACIT_ACCEPTANCE_EXAMPLES })
  @ApiCreatedResponse({ type: RadianEventListResponseDto })
  @ApiRadianProblems({
    400: { badPerson: RADIAN_PROBLEMS.badPerson, badNumber: RADIAN_PROBLEMS.badNumber },
    404: { invoiceUnknown: RADIAN_PROBLEMS.invoiceUnknown },
    409: { tooEarly: RADIAN_PROBLEMS.tooEarly, notCredit: RADIAN_PROBLEMS.notCredit },
    422: { factusRefused: RADIAN_PROBLEMS.factusRefused },
  })
  @ApiProblemResponses(400, 401, 404, 409, 415, 422, 429, 502, 503, 504)
  async tacitAcceptance(
    @Param('number') number: string,
    @Body() body: RadianPersonRequestDto,
    @ProviderSession() session: ProviderSession,
  ): Promise<RadianEventListResponseDto> {
    const events = await this.acceptTacitly.execute(number, toRadianPerson(body), session);
    return { data: events.map((e) => toRadianEventDto(e)) };
  }
}
