import {
  ArgumentsHost,
  Catch,
  ExceptionFilter,
  HttpException,
  HttpStatus,
  Logger,
} from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, FieldError } from '../errors/domain-error';
import { withRouteHints } from '../../http/route-hints';
import { STATUS_BY_KIND } from './problem-status';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

export interface ProblemBody {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  requestId: string;
  instance?: string;
  errors?: FieldError[];
  [extension: string]: unknown;
}

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  401: 'UNAUTHORIZED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  405: 'METHOD_NOT_ALLOWED',
  406: 'NOT_ACCEPTABLE',
  408: 'REQUEST_TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  415: 'UNSUPPORTED_MEDIA_TYPE',
  429: 'RATE_LIMITED',
};

/**
 * Turns every error into RFC 9457 `application/problem+json` with a stable `code` and the request
 * id. Unexpected errors become a 500 that says nothing of the internals; their stack goes to one
 * log line instead.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const problem = this.toProblem(exception, request);
    if (exception instanceof DomainError && exception.retryAfterSeconds !== undefined) {
      void reply.header('retry-after', String(Math.max(1, Math.ceil(exception.retryAfterSeconds))));
    }
    void reply
      .header('x-request-id', request.id)
      .type(PROBLEM_CONTENT_TYPE)
      .status(problem.status)
      .send(problem);
  }

  toProblem(exception: unknown, request: FastifyRequest): ProblemBody {
    const base = { requestId: String(request.id), instance: request.url.split('?')[0] };

    if (exception instanceof DomainError) {
      const status = STATUS_BY_KIND[exception.kind];
      if (status >= 500) {
        this.logger.warn(
          `${request.method} ${base.instance} -> ${status} ${exception.code}: ${exception.message} [${base.requestId}]`,
        );
      }
      return {
        ...exception.extensions,
        type: problemType(exception.code),
        title: exception.title,
        status,
        detail: withRouteHints(exception.detail, exception.hints),
        code: exception.code,
        ...base,
        ...(exception.errors.length ? { errors: exception.errors.map(renderFieldError) } : {}),
      };
    }

    const status = statusOf(exception);
    if (status !== undefined && status < 500) {
      const code = CODE_BY_STATUS[status] ?? 'BAD_REQUEST';
      const detail =
        status === 404 && exception instanceof HttpException
          ? `No route ${request.method} ${base.instance}.`
          : (messageOf(exception) ?? 'The request could not be processed.');
      return { type: problemType(code), title: titleOf(status), status, detail, code, ...base };
    }

    const stack = exception instanceof Error ? exception.stack : String(exception);
    this.logger.error(
      `${request.method} ${base.instance} -> 500 unexpected error [${base.requestId}]: ${stack}`,
    );
    return {
      type: problemType('INTERNAL_ERROR'),
      title: 'Internal server error',
      status: HttpStatus.INTERNAL_SERVER_ERROR,
      detail: 'An unexpected error occurred. Quote the requestId when reporting it.',
      code: 'INTERNAL_ERROR',
      ...base,
    };
  }
}

export function problemType(code: string): string {
  return `https://factus-api.dev/problems/${code.toLowerCase().replace(/_/g, '-')}`;
}

/** Status of a Nest HttpException or of a Fastify error (body parsing, content type, body limit). */
function statusOf(exception: unknown): number | undefined {
  if (exception instanceof HttpException) return exception.getStatus();
  if (exception && typeof exception === 'object') {
    const statusCode = (exception as { statusCode?: unknown }).statusCode;
    if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 600) return statusCode;
  }
  return undefined;
}

function messageOf(exception: unknown): string | undefined {
  if (exception instanceof HttpException) {
    const response = exception.getResponse();
    if (typeof response === 'string') return response;
    const message = (response as { message?: unknown }).message;
    if (typeof message === 'string') return message;
    if (Array.isArray(message)) return message.join('; ');
  }
  if (exception instanceof Error) return exception.message;
  return undefined;
}

function titleOf(status: number): string {
  const name = HttpStatus[status] as string | undefined;
  if (!name) return 'Error';
  const words = name.toLowerCase().split('_').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A field error as the caller sees it: its message with the places it names spelled out. */
function renderFieldError({ field, message, hints }: FieldError): FieldError {
  return { field, message: withRouteHints(message, hints) };
}
