import { getSchemaPath } from '@nestjs/swagger';
import { problemType } from '../../common/http/problem-details.filter';
import { ProblemDto } from '../../common/http/problem.dto';

const REQUEST_ID = '5f0c6e2a-3a52-4d8e-9a38-0d1c8e0f4b11';

function problem(status: number, code: string, title: string, detail: string, extra = {}) {
  const type = problemType(code);
  return {
    summary: title,
    value: { type, title, status, detail, code, requestId: REQUEST_ID, ...extra },
  };
}

const URL_REFUSED = problem(
  400,
  'WEBHOOK_URL_REFUSED',
  'Webhooks cannot be sent to this URL',
  'Webhooks cannot be sent to this URL: 169.254.169.254 is the cloud metadata address.',
  { errors: [{ field: 'url', message: '169.254.169.254 is the cloud metadata address' }] },
);
const NOT_FOUND = problem(
  404,
  'WEBHOOK_ENDPOINT_NOT_FOUND',
  'No such webhook endpoint',
  'This account has no webhook endpoint we_2Q9f3kQm7a1XzT0bWc8LrV5d.',
);

/** Nest Swagger's metadata key for an operation's responses (`@nestjs/swagger` DECORATORS). */
const API_RESPONSE = 'swagger/apiResponse';

interface ResponseEntry {
  description?: string;
  content?: Record<string, { schema?: object; examples?: Record<string, unknown> }>;
}

/**
 * Adds the webhook endpoints' own problems (the SSRF refusal under 400 when `urlChecked`, the
 * unknown endpoint under 404) to what @ApiProblemResponses documented, keeping its examples.
 * Write it above @ApiProblemResponses (decorators apply bottom-up).
 */
export function ApiWebhookEndpointProblems(options: {
  urlChecked?: boolean;
  byId?: boolean;
}): MethodDecorator {
  const added: Array<[string, string, ReturnType<typeof problem>]> = [];
  if (options.urlChecked)
    added.push(['400', 'or the URL is refused (WEBHOOK_URL_REFUSED)', URL_REFUSED]);
  if (options.byId) added.push(['404', 'WEBHOOK_ENDPOINT_NOT_FOUND', NOT_FOUND]);
  return (_target, _key, descriptor) => {
    const responses = (Reflect.getMetadata(API_RESPONSE, descriptor.value as object) ??
      {}) as Record<string, ResponseEntry>;
    const merged = { ...responses };
    for (const [status, description, example] of added) {
      const entry = responses[status] ?? {};
      const problemJson = entry.content?.['application/problem+json'];
      const examples = status === '404' ? {} : { ...problemJson?.examples };
      merged[status] = {
        ...entry,
        description:
          status === '404'
            ? `Not found (${description}).`
            : `${entry.description ?? ''} ${description}.`.trim(),
        content: {
          ...entry.content,
          'application/problem+json': {
            schema: problemJson?.schema ?? { $ref: getSchemaPath(ProblemDto) },
            examples: { ...examples, [example.value.code]: example },
          },
        },
      };
    }
    Reflect.defineMetadata(API_RESPONSE, merged, descriptor.value as object);
    return descriptor;
  };
}
