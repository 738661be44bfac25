import type { LedgerCursor, LedgerRecord } from '../domain/document-ledger.port';
import { documentCollectionPath } from '../../http/routes';
import { DOCUMENT_TYPES_BY_KEY } from '../domain/document-type';
import type { LedgerRecordResponseDto } from './ledger-record.response.dto';

export function toLedgerRecordResponse(record: LedgerRecord): LedgerRecordResponseDto {
  const collection = documentCollectionPath(record.documentType);
  // `cufe` (invoices), `cude` (notes) or `cuds` (support documents, adjustment notes).
  const trackKey = DOCUMENT_TYPES_BY_KEY[record.documentType].uniqueCode.toLowerCase();
  const waiting = record.state === 'queued' || record.state === 'pending_dian';
  return {
    documentType: record.documentType,
    referenceCode: record.referenceCode,
    state: record.state,
    ...(record.number ? { number: record.number } : {}),
    ...(record.trackId ? { [trackKey]: record.trackId } : {}),
    attempts: record.attempts,
    dianMessages: record.dianMessages,
    ...(record.lastError ? { lastError: record.lastError } : {}),
    ...(waiting ? { nextAttemptAt: record.nextAttemptAt.toISOString() } : {}),
    createdAt: record.createdAt.toISOString(),
    updatedAt: record.updatedAt.toISOString(),
    ...(record.history
      ? {
          history: record.history.map((entry) => ({
            at: entry.at.toISOString(),
            ...(entry.from ? { from: entry.from } : {}),
            to: entry.to,
            reason: entry.reason,
          })),
        }
      : {}),
    links: {
      self: `${collection}/by-reference/${encodeURIComponent(record.referenceCode)}`,
      ...(record.number ? { document: `${collection}/${encodeURIComponent(record.number)}` } : {}),
    },
  };
}

/** An opaque cursor: base64url of the last record's creation time and id. */
export function encodeLedgerCursor(cursor: LedgerCursor): string {
  return Buffer.from(`${cursor.createdAt.toISOString()}|${cursor.id}`).toString('base64url');
}

/** undefined when the text is not a cursor this service made. */
export function decodeLedgerCursor(text: string): LedgerCursor | undefined {
  const [at, id, extra] = Buffer.from(text, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(at ?? '');
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
  if (extra !== undefined || Number.isNaN(createdAt.getTime()) || !id || !uuid.test(id))
    return undefined;
  return { createdAt, id };
}
