import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDto } from './problem.dto';

const DESCRIPTIONS: Record<number, string> = {
  400: 'The request is not valid (VALIDATION_FAILED); `errors` names each bad field.',
  401: 'Not authenticated (FACTUS_AUTH_FAILED, FACTUS_UNAUTHORIZED).',
  402: 'The Factus subscription has no documents left (FACTUS_PAYMENT_REQUIRED).',
  403: 'Factus does not allow this for the account (FACTUS_FORBIDDEN).',
  404: 'Not found.',
  409: 'Conflict with the current state of the document.',
  413: 'The request body is too large.',
  422: 'Factus or DIAN rejected the data.',
  429: 'Rate limit reached; see Retry-After.',
  500: 'Unexpected error (INTERNAL_ERROR); quote the requestId when reporting it.',
  502: 'Factus answered with something unusable (FACTUS_BAD_RESPONSE).',
  503: 'Factus is unavailable or in maintenance (FACTUS_UNAVAILABLE); see Retry-After.',
  504: 'Factus did not answer in time (FACTUS_TIMEOUT).',
};

/** Documents problem+json error responses of an operation. */
export function ApiProblemResponses(...statuses: number[]): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    ...statuses.map((status) =>
      ApiResponse({
        status,
        description: DESCRIPTIONS[status] ?? 'Error.',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) } } },
      }),
    ),
  );
}
