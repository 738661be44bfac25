import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemDto } from '../../common/http/problem.dto';
import { LOGO_MAX_BYTES } from '../domain/company-logo';
import { LOGO_BODY_MAX_BYTES, LOGO_FIELD } from './company-logo.route';
import { keyedByCode } from '../../common/http/problem-example-keys';

const REQUEST_ID = '5f0c6e2a-3a52-4d8e-9a38-0d1c8e0f4b11';

function problem(
  status: number,
  code: string,
  title: string,
  detail: string,
  extensions: Record<string, unknown> = {},
) {
  const type = `https://factus-api.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`;
  return { type, title, status, detail, code, requestId: REQUEST_ID, ...extensions };
}

function response(
  status: number,
  description: string,
  examples: Record<string, { summary: string; value: Record<string, unknown> }>,
) {
  return ApiResponse({
    status,
    description,
    content: {
      'application/problem+json': { schema: { $ref: getSchemaPath(ProblemDto) }, examples },
    },
  });
}

const imageError = (message: string) => ({ errors: [{ field: LOGO_FIELD, message }] });

const NO_FILE = {
  summary: 'The form holds no file',
  value: problem(
    400,
    'VALIDATION_FAILED',
    'The request is not valid',
    '1 field(s) failed validation.',
    imageError(`${LOGO_FIELD} is required: the form holds no file`),
  ),
};

const EMPTY_FILE = {
  summary: 'The file is empty',
  value: problem(
    400,
    'VALIDATION_FAILED',
    'The request is not valid',
    '1 field(s) failed validation.',
    imageError(`${LOGO_FIELD} is required: the file is empty (0 bytes)`),
  ),
};

const TOO_LARGE = {
  summary: 'The logo is too large',
  value: problem(
    413,
    'LOGO_TOO_LARGE',
    'The logo is too large',
    `The logo may be at most 2 MiB (${LOGO_MAX_BYTES} bytes).`,
    { ...imageError(`${LOGO_FIELD} must be at most 2 MiB`), maxBytes: LOGO_MAX_BYTES },
  ),
};

const NOT_PNG_OR_JPEG = {
  summary: 'The logo is not a PNG or JPEG image',
  value: problem(
    415,
    'LOGO_NOT_PNG_OR_JPEG',
    'The logo is not a PNG or JPEG image',
    'Factus takes a PNG or JPEG logo; the bytes of this file are neither.',
    {
      ...imageError(`${LOGO_FIELD} must be a PNG or JPEG image (read from its bytes)`),
      accepted: ['image/png', 'image/jpeg'],
    },
  ),
};

const NOT_MULTIPART = {
  summary: 'Not multipart/form-data',
  value: problem(
    415,
    'UNSUPPORTED_MEDIA_TYPE',
    'Unsupported media type',
    'This route takes multipart/form-data (got "application/json").',
    { accepted: ['multipart/form-data'] },
  ),
};

/**
 * The 400, 413 and 415 of `POST /api/v1/company/logo`, with the bodies that route answers (the
 * shared ApiProblemResponses shows the JSON routes' ones).
 */
export function ApiLogoProblems(): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(ProblemDto),
    response(
      400,
      `No usable file in the field \`${LOGO_FIELD}\` (VALIDATION_FAILED): none, an empty one, one in another field, more parts than one file, or a body that is not readable multipart.`,
      keyedByCode({ noFile: NO_FILE, emptyFile: EMPTY_FILE }),
    ),
    response(
      413,
      `The file is over ${LOGO_MAX_BYTES} bytes, or the whole body over ${LOGO_BODY_MAX_BYTES} (LOGO_TOO_LARGE). Nothing is sent to Factus.`,
      { LOGO_TOO_LARGE: TOO_LARGE },
    ),
    response(
      415,
      'The file is not a PNG or JPEG by its bytes (LOGO_NOT_PNG_OR_JPEG), or the body is not multipart/form-data (UNSUPPORTED_MEDIA_TYPE).',
      { LOGO_NOT_PNG_OR_JPEG: NOT_PNG_OR_JPEG, UNSUPPORTED_MEDIA_TYPE: NOT_MULTIPART },
    ),
  );
}
