import contentDisposition from 'content-disposition';
import type { FastifyReply } from 'fastify';
import { answerNotModified } from './etag';

export interface ReplyableFile {
  fileName: string;
  content: Buffer;
  etag: string;
}

/** Validated documents never change, hence the long private cache lifetime. */
const CACHE_CONTROL = 'private, max-age=86400, immutable';

/**
 * Answers a document download: the bytes with their type, `Content-Disposition` (Factus's file
 * name plus the extension it leaves out) and a strong `ETag`; 304 when `If-None-Match` matches
 * (weakly, like every route: see etag.ts).
 */
export function replyWithFile(
  reply: FastifyReply,
  file: ReplyableFile,
  kind: 'pdf' | 'xml',
  ifNoneMatch: string | undefined,
): Buffer | undefined {
  if (answerNotModified(reply, { etag: file.etag, cacheControl: CACHE_CONTROL }, ifNoneMatch)) {
    return undefined;
  }
  void reply
    .type(kind === 'pdf' ? 'application/pdf' : 'application/xml')
    .header('content-disposition', attachment(`${file.fileName}.${kind}`));
  return file.content;
}

/**
 * RFC 6266: an ASCII `filename` every client reads, and `filename*` (UTF-8) with the exact name
 * when it is not plain ASCII. The fallback folds accents ("Peña" → "Pena") so it stays legible.
 */
export function attachment(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x20-\x7e]/g, '_');
  return contentDisposition(fileName, { type: 'attachment', fallback: ascii });
}
