import { Module } from '@nestjs/common';
import { DeleteDocumentUseCase } from './application/delete-document.use-case';
import { DownloadAttachedDocumentUseCase } from './application/download-attached-document.use-case';
import { DocumentFileCache } from './application/document-file-cache';
import { DocumentUseCases } from './application/document-use-cases';
import { DownloadDocumentFileUseCase } from './application/download-document-file.use-case';
import { EmailDocumentUseCase } from './application/email-document.use-case';
import { GetDocumentUseCase } from './application/get-document.use-case';
import { GetEmailContentUseCase } from './application/get-email-content.use-case';
import { ListDocumentsUseCase } from './application/list-documents.use-case';
import { DOCUMENT_GATEWAY } from './domain/document-gateway.port';
import { FactusDocumentGateway } from './infrastructure/factus-document.gateway';
import { FactusDocumentSpecs } from './infrastructure/factus-document-spec';

/**
 * The document kernel: one DOCUMENT_GATEWAY for every document type, the file cache, and the use
 * cases every collection serves. Feature modules import it and register their Factus spec.
 */
@Module({
  providers: [
    FactusDocumentSpecs,
    { provide: DOCUMENT_GATEWAY, useClass: FactusDocumentGateway },
    DocumentFileCache,
    ListDocumentsUseCase,
    GetDocumentUseCase,
    DownloadDocumentFileUseCase,
    DeleteDocumentUseCase,
    EmailDocumentUseCase,
    GetEmailContentUseCase,
    DownloadAttachedDocumentUseCase,
    DocumentUseCases,
  ],
  exports: [DOCUMENT_GATEWAY, FactusDocumentSpecs, DocumentUseCases],
})
export class DocumentsModule {}
