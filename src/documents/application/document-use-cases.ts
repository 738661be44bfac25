import { Injectable } from '@nestjs/common';
import { DeleteDocumentUseCase } from './delete-document.use-case';
import { DownloadAttachedDocumentUseCase } from './download-attached-document.use-case';
import { DownloadDocumentFileUseCase } from './download-document-file.use-case';
import { EmailDocumentUseCase } from './email-document.use-case';
import { GetDocumentUseCase } from './get-document.use-case';
import { GetEmailContentUseCase } from './get-email-content.use-case';
import { ListDocumentsUseCase } from './list-documents.use-case';
import { LedgerRecords } from './ledger/ledger-records';

/**
 * The use cases every document collection serves, injected as one so that a collection's
 * controller takes one argument for all of them (see DocumentCollectionController).
 */
@Injectable()
export class DocumentUseCases {
  constructor(
    readonly list: ListDocumentsUseCase,
    readonly get: GetDocumentUseCase,
    readonly download: DownloadDocumentFileUseCase,
    readonly deleteByReference: DeleteDocumentUseCase,
    readonly email: EmailDocumentUseCase,
    readonly emailContent: GetEmailContentUseCase,
    readonly attachedDocument: DownloadAttachedDocumentUseCase,
    readonly records: LedgerRecords,
  ) {}
}
