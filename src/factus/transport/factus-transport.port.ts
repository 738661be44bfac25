import type { FactusMethod } from '../factus-call';

export const FACTUS_TRANSPORT = Symbol('FACTUS_TRANSPORT');

/** One HTTP exchange, already encoded: the transport adds nothing but the wire. */
export interface FactusTransportRequest {
  method: FactusMethod;
  baseURL: string;
  url: string;
  params?: Record<string, string | number | undefined>;
  headers: Record<string, string>;
  /** The encoded body (JSON or form), absent for bodiless calls. */
  data?: string;
  /** A binary body instead (multipart/form-data with a file), sent as it is. */
  binary?: Buffer;
  /** A deadline for the whole exchange, connection and body included. */
  timeoutMs: number;
}

/** Whatever Factus answered, any status: interpreting it is the caller's business. */
export interface FactusTransportResponse {
  status: number;
  /** Lower-case names; repeated headers joined with `, `. */
  headers: Record<string, string | undefined>;
  rawBody: string;
}

/**
 * The wire toward Factus. It resolves with any HTTP answer and rejects only with a
 * FactusTransportError, which says whether the request may have reached Factus.
 */
export interface FactusTransport {
  request(request: FactusTransportRequest): Promise<FactusTransportResponse>;
  /** Closes idle keep-alive sockets, so that shutdown is not held up by them. */
  close(): void;
}
