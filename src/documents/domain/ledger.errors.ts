import { DomainError } from '../../common/errors/domain-error';
import type { DocumentType } from './document-type';
import type { LedgerRecord } from './document-ledger.port';

/** The reference is the idempotency key: another body under it is a mistake, never a new send. */
export class ReferenceCodeReusedError extends DomainError {
  readonly code = 'REFERENCE_CODE_REUSED';
  readonly kind = 'conflict';
  readonly title = 'The reference code is already used by another document';

  constructor(existing: LedgerRecord, type: DocumentType) {
    super(
      `The ${type.name} with reference ${existing.referenceCode} was already received with different data ` +
        `(it is ${existing.state}${existing.number ? `, number ${existing.number}` : ''}). ` +
        'Follow it with {0} (or send the same data again); use a new reference code for a new document.',
      {
        errors: [
          {
            field: 'referenceCode',
            message: `${existing.referenceCode} is already used by another ${type.name}`,
          },
        ],
        extensions: {
          referenceCode: existing.referenceCode,
          state: existing.state,
          ...(existing.number ? { number: existing.number } : {}),
        },
        hints: [
          {
            to: 'document.by-reference',
            documentType: type.key,
            referenceCode: existing.referenceCode,
          },
        ],
      },
    );
  }
}

export class LedgerRecordNotFoundError extends DomainError {
  readonly code = 'DOCUMENT_NOT_RECORDED';
  readonly kind = 'not_found';
  readonly title = 'No such document in the ledger';

  constructor(referenceCode: string, type: DocumentType) {
    super(`This service has not received a ${type.name} with reference ${referenceCode}.`);
  }
}

/**
 * The ledger gave the document up (a refusal the provider will not change its mind on, or the
 * retry budget spent). The record keeps the reason; sending the same data again retries it.
 */
export class DocumentIssueFailedError extends DomainError {
  readonly code: string;
  readonly kind = 'unprocessable';
  readonly title: string;

  constructor(record: LedgerRecord, type: DocumentType) {
    super(
      `The ${type.name} with reference ${record.referenceCode} could not be issued after ${record.attempts} attempt(s): ` +
        `${record.lastError ? `${record.lastError.code}: ${record.lastError.message}` : 'no reason recorded'}. ` +
        'Correct the data if the reason says so, and send it again (the same reference is accepted).',
      {
        extensions: {
          referenceCode: record.referenceCode,
          ...(record.lastError ? { lastError: record.lastError } : {}),
        },
      },
    );
    this.code = `${type.codePrefix}_ISSUE_FAILED`;
    this.title = `The ${type.name} could not be issued`;
  }
}
