import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../../auth/domain/provider-session';
import {
  DOCUMENT_LEDGER,
  DocumentLedger,
  LedgerCursor,
  LedgerFilter,
  LedgerPage,
  LedgerRecord,
} from '../../domain/document-ledger.port';
import type { DocumentType } from '../../domain/document-type';
import { LedgerRecordNotFoundError } from '../../domain/ledger.errors';

/** What the ledger shows a caller: its own account's records, never another's. */
@Injectable()
export class LedgerRecords {
  constructor(@Inject(DOCUMENT_LEDGER) private readonly ledger: DocumentLedger) {}

  async byReference(
    type: DocumentType,
    referenceCode: string,
    session: ProviderSession,
  ): Promise<LedgerRecord> {
    const record = await this.ledger.find(session.accountKey, type.key, referenceCode, {
      history: true,
    });
    if (!record) throw new LedgerRecordNotFoundError(referenceCode, type);
    return record;
  }

  list(
    session: ProviderSession,
    filter: LedgerFilter,
    cursor: LedgerCursor | undefined,
    limit: number,
  ): Promise<LedgerPage> {
    return this.ledger.list(session.accountKey, filter, cursor, limit);
  }
}
