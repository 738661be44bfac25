import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { problemType } from '../../common/http/problem-details.filter';
import { ProblemDto } from '../../common/http/problem.dto';

const REQUEST_ID = '5f0c6e2a-3a52-4d8e-9a38-0d1c8e0f4b11';

interface AdminProblem {
  status: number;
  code: string;
  summary: string;
  value: Record<string, unknown>;
}

function problem(
  status: number,
  code: string,
  title: string,
  detail: string,
  extra: Record<string, unknown> = {},
): AdminProblem {
  const value = { type: problemType(code), title, status, detail, code, requestId: REQUEST_ID };
  return { status, code, summary: title, value: { ...value, ...extra } };
}

/** The problems of the admin API, one example each, as the filter writes them. */
export const ADMIN_PROBLEMS = {
  validation: problem(
    400,
    'VALIDATION_FAILED',
    'The request is not valid',
    '2 field(s) failed validation.',
    {
      errors: [
        {
          field: 'nit',
          message: 'nit must be 5 to 15 digits, without check digit, dots or hyphen',
        },
        { field: 'factus.clientSecret', message: 'clientSecret is required' },
      ],
    },
  ),
  keyRequired: problem(
    401,
    'API_KEY_REQUIRED',
    'An API key is required',
    'Send your API key in the X-API-Key header.',
  ),
  keyInvalid: problem(
    401,
    'API_KEY_INVALID',
    'The API key is not valid',
    'The X-API-Key header does not hold a key this service accepts.',
  ),
  adminKeyRequired: problem(
    403,
    'ADMIN_API_KEY_REQUIRED',
    'This route takes an admin API key',
    'The admin API takes a key from ADMIN_API_KEYS in X-API-Key; this key is not one.',
  ),
  adminApiDisabled: problem(
    404,
    'ADMIN_API_DISABLED',
    'The admin API is not enabled',
    'Set ADMIN_API_KEYS (and TENANT_SECRETS_KEY) to enable the admin API.',
  ),
  tenantNotFound: problem(404, 'TENANT_NOT_FOUND', 'No such tenant', 'There is no tenant acme.'),
  apiKeyNotFound: problem(
    404,
    'TENANT_API_KEY_NOT_FOUND',
    'No such tenant API key',
    'Tenant acme has no API key 3f9a1c0b7e52.',
  ),
  declaredInFile: problem(
    409,
    'TENANT_DECLARED_IN_FILE',
    'This tenant is declared in TENANTS_FILE',
    'Tenant acme is declared in TENANTS_FILE: change it there (and restart or reload), not through the admin API.',
  ),
  unsupportedMediaType: problem(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    'Unsupported media type',
    'This API accepts request bodies as application/json only (got "text/plain"); send Content-Type: application/json.',
    { accepted: ['application/json'] },
  ),
  loginFailed: problem(
    422,
    'TENANT_FACTUS_LOGIN_FAILED',
    "The tenant's Factus refused its credentials",
    "Factus at https://api-sandbox.factus.com.co refused the login with tenant acme's credentials (The user credentials were incorrect.). Correct factus.clientId, clientSecret, username or password with PATCH, then check again.",
  ),
  budgetExhausted: problem(
    429,
    'RATE_LIMIT_QUEUE_TIMEOUT',
    'Factus request budget exhausted for now',
    "The tenant's Factus budget would make this call wait too long. Retry in 41 s.",
  ),
  factusBadResponse: problem(
    502,
    'FACTUS_BAD_RESPONSE',
    'Factus answered with an unusable response',
    'Factus answered GET /v2/companies with HTTP 200 but a body that is not JSON.',
  ),
  factusUnavailable: problem(
    503,
    'FACTUS_UNAVAILABLE',
    'Factus is unavailable',
    'Factus could not be reached (POST /oauth/token: connect ECONNREFUSED).',
  ),
  factusTimeout: problem(
    504,
    'FACTUS_TIMEOUT',
    'Factus did not answer in time',
    'Factus did not answer within 30000 ms (POST /oauth/token).',
  ),
  tooManyRequests: problem(
    429,
    'TOO_MANY_REQUESTS',
    'Too many requests',
    'At most 300 requests per 60 s are accepted from one caller. Retry in 12 s.',
  ),
} as const;

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is not valid (VALIDATION_FAILED); `errors` names each bad field.',
  401: 'No admin key (API_KEY_REQUIRED), or not one of ADMIN_API_KEYS (API_KEY_INVALID).',
  403: 'A tenant key or an API_KEYS key: the admin API takes ADMIN_API_KEYS keys only (ADMIN_API_KEY_REQUIRED).',
  409: 'The tenant is declared in TENANTS_FILE: read-only here (TENANT_DECLARED_IN_FILE).',
  415: 'The body is not JSON (UNSUPPORTED_MEDIA_TYPE).',
  422: "The tenant's Factus refused its credentials (TENANT_FACTUS_LOGIN_FAILED).",
  429: 'Too many requests; see Retry-After.',
  502: 'Factus answered with something unusable (FACTUS_BAD_RESPONSE).',
  503: 'Factus could not be reached (FACTUS_UNAVAILABLE); see Retry-After.',
  504: 'Factus did not answer in time (FACTUS_TIMEOUT).',
};

/**
 * Documents the admin API's problems (problem+json), grouped by status, each with its example.
 * Every admin operation may answer 401 and 403 (the admin key), 404 (the admin API is off) and
 * 429; pass the others.
 */
export function ApiAdminProblems(...problems: AdminProblem[]): MethodDecorator {
  const { keyRequired, keyInvalid, adminKeyRequired, adminApiDisabled, tooManyRequests } =
    ADMIN_PROBLEMS;
  const all = [keyRequired, keyInvalid, adminKeyRequired, adminApiDisabled, ...problems];
  all.push(tooManyRequests);
  const statuses = [...new Set(all.map((entry) => entry.status))].sort((a, b) => a - b);
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) => {
      const examples = all.filter((entry) => entry.status === status);
      const codes = examples.map((entry) => entry.code).join(', ');
      return ApiResponse({
        status,
        description: status === 404 ? `Not found (${codes}).` : (DESCRIPTIONS[status] ?? codes),
        content: {
          'application/problem+json': {
            schema: { $ref: getSchemaPath(ProblemDto) },
            examples: Object.fromEntries(
              examples.map(({ code, summary, value }) => [code, { summary, value }]),
            ),
          },
        },
      });
    }),
  );
}
