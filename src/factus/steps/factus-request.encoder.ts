import { randomBytes } from 'node:crypto';
import type { FactusConfig } from '../../config/config-tokens';
import { accountOf, type FactusCall, type FactusFilePart } from '../factus-call';
import { UnsafeFactusPathError } from '../factus.errors';
import type { FactusTransportRequest } from '../transport/factus-transport.port';

/** `.`, `..` and their percent-encoded spellings (`%2E`, `.%2e`…), which URL parsers resolve. */
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/**
 * Adapters build paths from encoded segments (`encodeURIComponent`), so a `/` inside an
 * identifier never splits it; a dot-segment cannot be encoded away and is refused here, before
 * anything is sent.
 */
export function assertNoDotSegments(path: string): void {
  if (
    path
      .split('?')[0]
      .split('/')
      .some((segment) => DOT_SEGMENT.test(segment))
  ) {
    throw new UnsafeFactusPathError();
  }
}

/**
 * The wire form of a call: its body encoded, its headers, the bearer token, the deadline, and where
 * it goes: its tenant account's base URL, else the configured one (FACTUS_BASE_URL).
 */
export function encodeRequest(
  call: FactusCall,
  accessToken: string | undefined,
  config: Pick<FactusConfig, 'baseUrl' | 'timeoutMs'>,
): FactusTransportRequest {
  assertNoDotSegments(call.path);
  const headers: Record<string, string> = { Accept: 'application/json' };
  let data: string | undefined;
  let binary: Buffer | undefined;
  if (call.file) {
    const boundary = boundaryFor(call.file.content);
    headers['Content-Type'] = `multipart/form-data; boundary=${boundary}`;
    binary = multipartBody(call.file, boundary);
  } else if (call.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    data = new URLSearchParams(call.form).toString();
  } else if (call.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    data = JSON.stringify(call.json);
  }
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  return {
    method: call.method,
    baseURL: accountOf(call)?.baseUrl ?? config.baseUrl,
    url: call.path,
    params: call.query,
    headers,
    data,
    ...(binary ? { binary } : {}),
    timeoutMs: config.timeoutMs,
  };
}

/** A random boundary (RFC 2046: it must not occur in the content), drawn again in the unlikely case. */
function boundaryFor(content: Buffer): string {
  for (;;) {
    const boundary = `factus-api-${randomBytes(16).toString('hex')}`;
    if (!content.includes(boundary)) return boundary;
  }
}

/** What may go inside a quoted header parameter as it is: no quote, backslash or control character. */
const HEADER_SAFE = /^[\x20-\x21\x23-\x5b\x5d-\x7e]+$/;

/**
 * RFC 7578: one part holding the file. Names are ours (never a caller's) and quoted as they are,
 * so one that could break out of its quotes or its header line is a bug, refused before sending.
 */
function multipartBody(file: FactusFilePart, boundary: string): Buffer {
  for (const [what, value] of [
    ['field', file.field],
    ['fileName', file.fileName],
    ['contentType', file.contentType],
  ] as const) {
    if (!HEADER_SAFE.test(value)) {
      throw new Error(`multipart ${what} ${JSON.stringify(value)} cannot be sent as it is`);
    }
  }
  const head =
    `--${boundary}\r\n` +
    `Content-Disposition: form-data; name="${file.field}"; filename="${file.fileName}"\r\n` +
    `Content-Type: ${file.contentType}\r\n\r\n`;
  return Buffer.concat([
    Buffer.from(head, 'utf8'),
    file.content,
    Buffer.from(`\r\n--${boundary}--\r\n`, 'utf8'),
  ]);
}
