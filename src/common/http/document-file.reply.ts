import { HttpStatus } from '@nestjs/common';
import type { FastifyReply } from 'fastify';

export interface ReplyableFile {
  fileName: string;
  content: Buffer;
  etag: string;
}

/**
 * Answers a document download: the bytes with their type, `Content-Disposition` (Factus's file
 * name plus the extension it leaves out) and a strong `ETag`; 304 when `If-None-Match` matches.
 * Validated documents never change, hence the long private cache lifetime.
 */
export function replyWithFile(
  reply: FastifyReply,
  file: ReplyableFile,
  kind: 'pdf' | 'xml',
  ifNoneMatch: string | undefined,
): Buffer | undefined {
  void reply.header('etag', file.etag).header('cache-control', 'private, max-age=86400, immutable');
  if (
    ifNoneMatch &&
    ifNoneMatch.split(',').some((tag) => tag.trim() === file.etag || tag.trim() === '*')
  ) {
    void reply.status(HttpStatus.NOT_MODIFIED);
    return undefined;
  }
  void reply
    .type(kind === 'pdf' ? 'application/pdf' : 'application/xml')
    .header(
      'content-disposition',
      `attachment; filename="${file.fileName.replace(/["\\\r\n]/g, '')}.${kind}"`,
    );
  return file.content;
}
