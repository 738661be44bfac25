/**
 * `timeout`: no answer within the deadline; `not_sent`: the request never left (connection
 * refused, DNS); `connection_lost`: it may have reached Factus; `unclassified`: something other
 * than a network error failed (kept as the cause).
 */
export type TransportFailure = 'timeout' | 'not_sent' | 'connection_lost' | 'unclassified';

/** Why an exchange got no HTTP answer. Its message is the underlying error's own. */
export class FactusTransportError extends Error {
  constructor(
    readonly failure: TransportFailure,
    /** The network error code (`ECONNREFUSED`…), or how the connection ended when there is none. */
    readonly detail: string,
    message: string,
    cause?: unknown,
  ) {
    super(message, { cause });
    this.name = 'FactusTransportError';
  }
}

const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ERR_CANCELED']);
const NOT_SENT_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
]);
const LOST_CODES = new Set(['ECONNRESET', 'EPIPE', 'ERR_SOCKET_CONNECTION_TIMEOUT']);

/** Classifies a network error by its code (axios's and Node's) and message. */
export function networkFailure(
  code: string,
  message: string,
  cause?: unknown,
): FactusTransportError {
  if (TIMEOUT_CODES.has(code)) return new FactusTransportError('timeout', code, message, cause);
  if (NOT_SENT_CODES.has(code)) return new FactusTransportError('not_sent', code, message, cause);
  const lost = LOST_CODES.has(code) || /socket hang up|aborted/i.test(message);
  const detail = code || (lost ? 'connection closed' : 'network error');
  return new FactusTransportError('connection_lost', detail, message, cause);
}
