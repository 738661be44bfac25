import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import { problemType } from './problem-details.filter';

/** Node's parser errors and timeouts, as the status a client should see. */
function statusOf(code: string | undefined): number {
  if (code === 'HPE_HEADER_OVERFLOW') return 431;
  if (code === 'ERR_HTTP_REQUEST_TIMEOUT') return 408;
  return 400;
}

const CODE_BY_STATUS: Record<number, string> = {
  400: 'BAD_REQUEST',
  408: 'REQUEST_TIMEOUT',
  431: 'REQUEST_HEADER_FIELDS_TOO_LARGE',
};

const DETAIL_BY_STATUS: Record<number, string> = {
  400: 'The HTTP request is malformed (invalid header characters, Content-Length together with Transfer-Encoding, or a bad request line).',
  408: 'The request was not received in time (HTTP_REQUEST_TIMEOUT_MS): send its headers and body at once.',
  431: 'The request headers are too large.',
};

/**
 * Errors Node raises before Fastify has a request (parser errors, request timeouts) are answered
 * on the raw socket; this writes them as problem+json like every other error, then closes the
 * connection, whose state after a parser error cannot be trusted.
 */
export function answerClientError(error: Error & { code?: string }, socket: Socket): void {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = statusOf(error.code);
  const code = CODE_BY_STATUS[status];
  const body = JSON.stringify({
    type: problemType(code),
    title: STATUS_CODES[status] ?? 'Bad Request',
    status,
    detail: DETAIL_BY_STATUS[status],
    code,
  });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n` +
      'Connection: close\r\n' +
      'Content-Type: application/problem+json; charset=utf-8\r\n' +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
