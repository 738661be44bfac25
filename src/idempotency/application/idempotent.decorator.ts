import { applyDecorators, UseInterceptors } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, getSchemaPath } from '@nestjs/swagger';
import { problemType } from '../../common/http/problem-details.filter';
import { ProblemDto } from '../../common/http/problem.dto';
import { IdempotencyInterceptor } from './idempotency.interceptor';

const REQUEST_ID = '5f0c6e2a-3a52-4d8e-9a38-0d1c8e0f4b11';

function problem(status: number, code: string, title: string, detail: string) {
  const type = problemType(code);
  return { summary: title, value: { type, title, status, detail, code, requestId: REQUEST_ID } };
}

const EXAMPLES = {
  400: problem(
    400,
    'IDEMPOTENCY_KEY_INVALID',
    'The Idempotency-Key header is not valid',
    'The Idempotency-Key header must be 1 to 255 visible ASCII characters.',
  ),
  409: problem(
    409,
    'IDEMPOTENCY_KEY_IN_USE',
    'A request with this Idempotency-Key is still running',
    'The first request with this Idempotency-Key has not finished yet. Retry shortly: you will get its answer.',
  ),
  422: problem(
    422,
    'IDEMPOTENCY_KEY_REUSED',
    'The Idempotency-Key was used with another request',
    'This Idempotency-Key was already used with a different request (another body or path). Use a new key for a new request.',
  ),
};

/** Nest Swagger's metadata key for an operation's responses (`@nestjs/swagger` DECORATORS). */
const API_RESPONSE = 'swagger/apiResponse';

interface ResponseEntry {
  description?: string;
  content?: Record<string, { schema?: object; examples?: Record<string, unknown> }>;
}

/**
 * Adds the Idempotency-Key problems to an operation's 400/409/422 entries, keeping the examples
 * already there (Swagger's own ApiResponse would replace a status's `content` whole). It must be
 * applied after @ApiProblemResponses, i.e. written above it.
 */
function ApiIdempotencyProblems(): MethodDecorator {
  return (_target, _key, descriptor) => {
    const responses = (Reflect.getMetadata(API_RESPONSE, descriptor.value as object) ??
      {}) as Record<string, ResponseEntry>;
    const merged = { ...responses };
    for (const [status, example] of Object.entries(EXAMPLES)) {
      const entry = responses[status] ?? { description: '' };
      const problemJson = entry.content?.['application/problem+json'];
      merged[status] = {
        ...entry,
        description: `${entry.description ? `${entry.description} ` : ''}Idempotency-Key: ${example.value.code}.`,
        content: {
          ...entry.content,
          'application/problem+json': {
            schema: problemJson?.schema ?? { $ref: getSchemaPath(ProblemDto) },
            examples: { ...problemJson?.examples, [example.value.code]: example },
          },
        },
      };
    }
    Reflect.defineMetadata(API_RESPONSE, merged, descriptor.value as object);
    return descriptor;
  };
}

/**
 * `@Idempotent()` on a POST that creates or sends something: the route honours Idempotency-Key
 * (see IdempotencyInterceptor) and documents the header and its problems. Write it right under
 * @Post(), above @ApiProblemResponses, so that the statuses keep their other examples too.
 */
export function Idempotent(): MethodDecorator {
  return applyDecorators(
    UseInterceptors(IdempotencyInterceptor),
    ApiHeader({
      name: 'Idempotency-Key',
      required: false,
      description:
        'Optional, 1–255 visible ASCII characters (a UUID such as `8e03978e-40d5-43e8-bc93-6894a57f9324`), unique per request you mean to send once. ' +
        'The same key and body again within the retention (24 h by default) get the first answer back with `Idempotent-Replayed: true`; ' +
        'a different body → 422 IDEMPOTENCY_KEY_REUSED; while the first is running → 409 IDEMPOTENCY_KEY_IN_USE. ' +
        'Keys are per API key and account. A request that failed keeps no key: retry it with the same one.',
      schema: {
        type: 'string',
        minLength: 1,
        maxLength: 255,
        // No example: Swagger UI would send it with every "Try it out" (and replay the first).
      },
    }),
    ApiExtraModels(ProblemDto),
    ApiIdempotencyProblems(),
  );
}
