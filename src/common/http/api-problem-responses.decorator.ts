import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDto } from './problem.dto';

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is not valid (VALIDATION_FAILED); `errors` names each bad field.',
  401: 'Not authenticated (FACTUS_TOKEN_REQUIRED, FACTUS_AUTH_FAILED, FACTUS_UNAUTHORIZED, API_KEY_*).',
  402: 'The Factus subscription has no documents left (FACTUS_PAYMENT_REQUIRED).',
  403: 'Factus does not allow this for the account (FACTUS_FORBIDDEN).',
  404: 'Not found.',
  409: 'Conflict with the current state of the document.',
  413: 'The request body is too large (PAYLOAD_TOO_LARGE).',
  415: 'The body is not JSON, or is compressed (UNSUPPORTED_MEDIA_TYPE).',
  422: 'Factus or DIAN rejected the data.',
  429: 'Rate limit reached; see Retry-After.',
  500: 'Unexpected error (INTERNAL_ERROR); quote the requestId when reporting it.',
  502: 'Factus answered with something unusable (FACTUS_BAD_RESPONSE).',
  503: 'Factus is unavailable or in maintenance (FACTUS_UNAVAILABLE); see Retry-After.',
  504: 'Factus did not answer in time (FACTUS_TIMEOUT).',
};

interface ProblemExample {
  summary: string;
  value: Record<string, unknown>;
}

const REQUEST_ID = '5f0c6e2a-3a52-4d8e-9a38-0d1c8e0f4b11';

/** One example body, as ProblemDetailsFilter writes it (type derived from the code). */
function example(
  status: number,
  code: string,
  title: string,
  detail: string,
  extensions: Record<string, unknown> = {},
): [string, ProblemExample] {
  const type = `https://factus-api.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`;
  return [
    code,
    {
      summary: title,
      value: { type, title, status, detail, code, requestId: REQUEST_ID, ...extensions },
    },
  ];
}

/**
 * What each documented status looks like, one example per code that answers with it, so that
 * Swagger UI shows the body a caller will really get (not the same 400 under every status).
 */
const EXAMPLES: Record<number, [string, ProblemExample][]> = {
  400: [
    example(400, 'VALIDATION_FAILED', 'The request is not valid', '1 field(s) failed validation.', {
      errors: [{ field: 'customer.email', message: 'customer.email must be an e-mail address' }],
    }),
    example(
      400,
      'BAD_REQUEST',
      'Bad request',
      "Body is not valid JSON but content-type is set to 'application/json'",
    ),
  ],
  401: [
    example(
      401,
      'FACTUS_TOKEN_REQUIRED',
      'A Factus token is required',
      'Send the Factus access token from POST /api/v1/auth/token as "Authorization: Bearer <token>".',
    ),
    example(
      401,
      'FACTUS_AUTH_FAILED',
      'Factus refused the credentials',
      'The user credentials were incorrect.',
    ),
    example(401, 'FACTUS_UNAUTHORIZED', 'Factus did not accept the token', 'Unauthenticated.'),
    example(
      401,
      'API_KEY_REQUIRED',
      'An API key is required',
      'Send your API key in the X-API-Key header.',
    ),
    example(
      401,
      'API_KEY_INVALID',
      'The API key is not valid',
      'The X-API-Key header does not hold a key this service accepts.',
    ),
    example(
      401,
      'AUTHORIZATION_MALFORMED',
      'The Authorization header is malformed',
      'Send "Authorization: Bearer <Factus access token>" (one token, no other scheme), or no Authorization header at all.',
    ),
  ],
  402: [
    example(
      402,
      'FACTUS_PAYMENT_REQUIRED',
      'The Factus subscription has no documents left or has expired',
      'No tiene documentos disponibles en su plan.',
    ),
  ],
  403: [
    example(
      403,
      'FACTUS_FORBIDDEN',
      'Factus does not allow this for the account',
      'This action is unauthorized.',
    ),
    example(
      403,
      'MANAGED_USER_LOGIN_REFUSED',
      'This user logs in only through the service',
      "This is the service's own Factus user: its requests need no token (the service holds the session). Set AUTH_ALLOW_MANAGED_USER_LOGIN=true to allow logging in as it here.",
    ),
  ],
  404: [
    example(404, 'INVOICE_NOT_FOUND', 'Invoice not found', 'Factus has no invoice SETP990000999.'),
    example(404, 'NOT_FOUND', 'Not found', 'No route GET /api/v1/invoice.'),
  ],
  409: [
    example(
      409,
      'PENDING_DOCUMENT_BLOCKS',
      'An earlier document is pending at DIAN',
      'Se encontró una factura pendiente por enviar a la DIAN. Find it with GET /api/v1/invoices?status=pending (or status=rejected). If DIAN rejected it, delete it with DELETE /api/v1/invoices/by-reference/{referenceCode}; if DIAN has not answered yet, resend that same request to finish it. Then send this invoice again.',
    ),
    example(
      409,
      'DOCUMENT_ALREADY_PROCESSED',
      'DIAN already processed this document',
      'DIAN reports the document with reference I3 as already processed (rule 90): DIAN holds it, and Factus does not show it validated yet. Do not delete it and do not resend it or issue it again.',
    ),
    example(
      409,
      'INVOICE_ALREADY_VALIDATED',
      'A validated invoice cannot be deleted',
      'The invoice with reference I3 is validated by DIAN and cannot be deleted. Correct or void it with a credit note.',
    ),
  ],
  413: [example(413, 'PAYLOAD_TOO_LARGE', 'Payload too large', 'Request body is too large')],
  415: [
    example(
      415,
      'UNSUPPORTED_MEDIA_TYPE',
      'Unsupported media type',
      'This API accepts request bodies as application/json only (got "application/x-www-form-urlencoded"); send Content-Type: application/json.',
      { accepted: ['application/json'] },
    ),
  ],
  422: [
    example(
      422,
      'INVOICE_REJECTED',
      'DIAN rejected the invoice',
      'DIAN rejected the invoice with reference I3: FAK24: El valor del impuesto no corresponde. Delete it with DELETE /api/v1/invoices/by-reference/I3, correct the data and send it again.',
    ),
    example(
      422,
      'FACTUS_VALIDATION_FAILED',
      'Factus rejected the data',
      'Factus rejected the data.',
      {
        errors: [{ field: 'items[0].price', message: 'El campo price es obligatorio.' }],
      },
    ),
  ],
  429: [
    example(
      429,
      'RATE_LIMIT_QUEUE_TIMEOUT',
      'Factus request budget exhausted for now',
      'Factus allows a limited number of requests a minute and this one would wait too long. Retry in 41 s.',
    ),
    example(
      429,
      'TOO_MANY_REQUESTS',
      'Too many requests',
      'At most 300 requests per 60 s are accepted from one caller. Retry in 12 s.',
    ),
    example(429, 'FACTUS_RATE_LIMITED', 'Factus rate limit reached', 'Too Many Attempts.'),
    example(
      429,
      'LOGIN_LOCKED',
      'Too many failed logins',
      'Too many failed logins for this e-mail or from this address; try again in 60 s.',
    ),
  ],
  500: [
    example(
      500,
      'INTERNAL_ERROR',
      'Internal server error',
      'An unexpected error occurred. Quote the requestId when reporting it.',
    ),
  ],
  502: [
    example(
      502,
      'FACTUS_BAD_RESPONSE',
      'Factus answered with an unusable response',
      'Factus answered GET /v2/bills/:number with HTTP 200 but a body that is not JSON.',
    ),
  ],
  503: [
    example(
      503,
      'FACTUS_UNAVAILABLE',
      'Factus is unavailable',
      'Factus could not be reached (POST /v2/bills/validate: connect ECONNREFUSED).',
    ),
    example(
      503,
      'SHUTTING_DOWN',
      'The service is shutting down',
      'This instance is shutting down and takes no new requests. Retry: another one will answer.',
    ),
  ],
  504: [
    example(
      504,
      'FACTUS_TIMEOUT',
      'Factus did not answer in time',
      'Factus did not answer within 30000 ms (POST /v2/bills/validate).',
    ),
    example(
      504,
      'INVOICE_OUTCOME_UNKNOWN',
      'The outcome of the invoice is not known yet',
      'Factus did not answer the creation of the invoice with reference I3 in time, and it is not in Factus yet. Resending the same request is safe: the reference code is the idempotency key, so it will never be created twice.',
      { referenceCode: 'I3' },
    ),
  ],
};

/** Documents problem+json error responses of an operation, each status with its own examples. */
export function ApiProblemResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error.',
        content: {
          'application/problem+json': {
            schema: { $ref: getSchemaPath(ProblemDto) },
            examples: Object.fromEntries(
              EXAMPLES[status] ?? [example(status, 'ERROR', 'Error', 'Error.')],
            ),
          },
        },
      }),
    ),
  );
}
