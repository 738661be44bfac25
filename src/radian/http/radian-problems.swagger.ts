import { getSchemaPath } from '@nestjs/swagger';
import { problemType } from '../../common/http/problem-details.filter';
import { keyedByCode } from '../../common/http/problem-example-keys';
import { ProblemDto } from '../../common/http/problem.dto';

const REQUEST_ID = '5f0c6e2a-3a52-4d8e-9a38-0d1c8e0f4b11';

interface ProblemExample {
  summary: string;
  value: Record<string, unknown>;
}

function problem(
  status: number,
  code: string,
  title: string,
  detail: string,
  extra: Record<string, unknown> = {},
): ProblemExample {
  return {
    summary: title,
    value: {
      type: problemType(code),
      title,
      status,
      detail,
      code,
      requestId: REQUEST_ID,
      ...extra,
    },
  };
}

/** The problems of the RADIAN routes, as ProblemDetailsFilter writes them. */
export const RADIAN_PROBLEMS = {
  tooEarly: problem(
    409,
    'RADIAN_EVENT_NOT_ALLOWED',
    'The RADIAN event is not allowed now',
    'Event 034 cannot be emitted: the buyer has 3 business days after the receipt of the goods (032, 2026-12-04) to claim or accept; the tacit acceptance is possible from 2026-12-11.',
    { eventCode: '034' },
  ),
  notCredit: problem(
    409,
    'RADIAN_EVENT_NOT_ALLOWED',
    'The RADIAN event is not allowed now',
    'Event 034 cannot be emitted: the tacit acceptance applies only to credit invoices (payment form 2).',
    { eventCode: '034' },
  ),
  outOfOrder: problem(
    409,
    'RADIAN_EVENT_NOT_ALLOWED',
    'The RADIAN event is not allowed now',
    'Event 032 cannot be emitted: the acknowledgement of receipt (030) must be emitted before event 032.',
    { eventCode: '032' },
  ),
  claimed: problem(
    409,
    'RADIAN_EVENT_NOT_ALLOWED',
    'The RADIAN event is not allowed now',
    'Event 033 cannot be emitted: the invoice was claimed (031): it can no longer be expressly accepted.',
    { eventCode: '033' },
  ),
  alreadyUploaded: problem(
    409,
    'RECEIVED_INVOICE_ALREADY_UPLOADED',
    'The invoice was uploaded already',
    'This invoice was uploaded before (Factus: La factura ya fue cargada anteriormente); it is in the list of received invoices (filter it by CUFE).',
  ),
  cufeUnknown: problem(
    404,
    'RECEIVED_INVOICE_NOT_FOUND',
    'Received invoice not found',
    "DIAN has no electronic invoice with this CUFE (Factus: No se encontró el documento en la DIAN). Check the CUFE on the supplier's invoice.",
  ),
  idUnknown: problem(
    404,
    'RECEIVED_INVOICE_NOT_FOUND',
    'Received invoice not found',
    'Factus has no received invoice 9d86ea7f-b561-407c-8407-477abd1b53f7.',
  ),
  invoiceUnknown: problem(
    404,
    'INVOICE_NOT_FOUND',
    'Invoice not found',
    'Factus has no invoice SETP990000999.',
  ),
  badEventType: problem(
    400,
    'VALIDATION_FAILED',
    'The request is not valid',
    '1 field(s) failed validation.',
    {
      errors: [
        {
          field: 'eventType',
          message:
            "034 (tacit acceptance) is emitted by the invoice's issuer, never by its buyer: use 030, 031, 032 or 033",
        },
      ],
    },
  ),
  missingConcept: problem(
    400,
    'VALIDATION_FAILED',
    'The request is not valid',
    '1 field(s) failed validation.',
    {
      errors: [
        {
          field: 'claimConceptCode',
          message: 'claimConceptCode is required with event 031 (claim)',
        },
      ],
    },
  ),
  badPerson: problem(
    400,
    'VALIDATION_FAILED',
    'The request is not valid',
    '2 field(s) failed validation.',
    {
      errors: [
        {
          field: 'dv',
          message:
            'dv must be the one-digit NIT check digit (required when identificationDocumentCode is 31)',
        },
        { field: 'firstName', message: 'firstName is required' },
      ],
    },
  ),
  badNumber: problem(
    400,
    'VALIDATION_FAILED',
    'The request is not valid',
    '1 field(s) failed validation.',
    {
      errors: [
        {
          field: 'number',
          message:
            'number may only contain letters, digits and . _ - / (at most 100), and no part may be . or ..',
        },
      ],
    },
  ),
  badCufe: problem(
    400,
    'VALIDATION_FAILED',
    'The request is not valid',
    '1 field(s) failed validation.',
    {
      errors: [{ field: 'cufe', message: 'cufe must be the 96 hexadecimal characters of a CUFE' }],
    },
  ),
  badFilter: problem(
    400,
    'VALIDATION_FAILED',
    'The request is not valid',
    '2 field(s) failed validation.',
    {
      errors: [
        { field: 'completedEvents', message: 'completedEvents must be true or false' },
        { field: 'issueDate', message: 'issueDate must be a date as YYYY-MM-DD' },
      ],
    },
  ),
  factusRefused: problem(
    422,
    'FACTUS_VALIDATION_FAILED',
    'Factus rejected the data',
    'Factus rejected the event 031: Error de validación',
    {
      errors: [
        { field: 'claimConceptCode', message: 'El campo claim concept code es obligatorio.' },
      ],
    },
  ),
  cufeRefused: problem(
    422,
    'FACTUS_VALIDATION_FAILED',
    'Factus rejected the data',
    'Factus rejected the CUFE: Error de validación',
    { errors: [{ field: 'cufe', message: 'El campo track id no es válido.' }] },
  ),
} satisfies Record<string, ProblemExample>;

/** Nest Swagger's metadata key for an operation's responses (`@nestjs/swagger` DECORATORS). */
const API_RESPONSE = 'swagger/apiResponse';

interface ResponseEntry {
  description?: string;
  content?: Record<string, { schema?: object; examples?: Record<string, unknown> }>;
}

/**
 * Sets the examples of the given statuses to the RADIAN route's own problems, keyed by code: the
 * shared @ApiProblemResponses shows the invoice issue's 404/409/422 (PENDING_DOCUMENT_BLOCKS,
 * INVOICE_REJECTED…), which these routes never answer. Under 400 the shared examples of other
 * codes (BAD_REQUEST, a body that is not JSON) stay. Write it right above @ApiProblemResponses
 * (decorators apply bottom-up) and under @Idempotent, which then adds its own.
 */
export function ApiRadianProblems(
  byStatus: Partial<Record<400 | 404 | 409 | 422, Record<string, ProblemExample>>>,
): MethodDecorator {
  return (_target, _key, descriptor) => {
    const responses = (Reflect.getMetadata(API_RESPONSE, descriptor.value as object) ??
      {}) as Record<string, ResponseEntry>;
    const merged = { ...responses };
    for (const [status, examples] of Object.entries(byStatus)) {
      const entry = responses[status] ?? {};
      const problemJson = entry.content?.['application/problem+json'];
      const codes = [...new Set(Object.values(examples).map((e) => String(e.value.code)))];
      const kept = Object.entries(status === '400' ? (problemJson?.examples ?? {}) : {}).filter(
        ([code]) => !codes.includes(code),
      );
      merged[status] = {
        ...entry,
        description: `${entry.description ?? 'Error.'} Here: ${codes.join(', ')}.`,
        content: {
          ...entry.content,
          'application/problem+json': {
            schema: problemJson?.schema ?? { $ref: getSchemaPath(ProblemDto) },
            examples: { ...Object.fromEntries(kept), ...keyedByCode(examples) },
          },
        },
      };
    }
    Reflect.defineMetadata(API_RESPONSE, merged, descriptor.value as object);
    return descriptor;
  };
}
