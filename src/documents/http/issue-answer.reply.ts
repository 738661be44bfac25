import { HttpStatus } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { apiPath } from '../../http/routes';
import type { IssueAnswer } from '../application/ledger/document-issuer';
import type { IssuedDocument } from '../domain/issued-document';
import { toLedgerRecordResponse } from './ledger-record.mapper';
import type { LedgerRecordResponseDto } from './ledger-record.response.dto';

/** RFC 7240: `Prefer: respond-async` (among other preferences, any case, with parameters). */
export function prefersAsync(prefer: string | undefined): boolean {
  if (!prefer) return false;
  return prefer
    .split(',')
    .some((preference) => preference.split(';')[0]?.trim().toLowerCase() === 'respond-async');
}

/**
 * The answer to a create: the document (201 validated by DIAN, 202 DIAN pending) with its own
 * Location, or — asked to answer at once, or DIAN or Factus slower than SYNC_WAIT_MS — 202 with
 * the ledger record and a Location to follow it.
 */
export function replyWithIssueAnswer<TIssued extends IssuedDocument, TResponse>(
  reply: FastifyReply,
  answer: IssueAnswer<TIssued>,
  collection: { route: string; toResponse(document: TIssued, collectionPath: string): TResponse },
  respondAsync: boolean,
): TResponse | LedgerRecordResponseDto {
  if (answer.kind === 'document') {
    const { document } = answer;
    void reply.status(document.status === 'validated' ? HttpStatus.CREATED : HttpStatus.ACCEPTED);
    void reply.header('location', apiPath(collection.route, document.number));
    return collection.toResponse(document, apiPath(collection.route));
  }
  const body = toLedgerRecordResponse(answer.record);
  void reply.status(HttpStatus.ACCEPTED);
  void reply.header('location', body.links.self);
  if (respondAsync) void reply.header('preference-applied', 'respond-async');
  return body;
}
