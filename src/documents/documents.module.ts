import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CLOCK, systemClock } from '../common/domain/clock';
import { AccountSessions } from './application/ledger/account-sessions';
import { DocumentIssuer } from './application/ledger/document-issuer';
import { LedgerAttempt } from './application/ledger/ledger-attempt';
import { LedgerRecords } from './application/ledger/ledger-records';
import { LedgerWorker } from './application/ledger/ledger-worker';
import { DOCUMENT_LEDGER } from './domain/document-ledger.port';
import { LedgerController } from './http/ledger.controller';
import { DocumentXmlController } from './http/document-xml.controller';
import { DownloadXmlByTrackIdUseCase } from './application/download-xml-by-track-id.use-case';
import { TRACK_ID_XML_GATEWAY } from './domain/track-id-xml.port';
import { FactusTrackIdXmlGateway } from './infrastructure/factus-track-id-xml.gateway';
import { PostgresDocumentLedger } from './infrastructure/postgres-document-ledger';
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
 * The document kernel: one DOCUMENT_GATEWAY for every document type, the file cache, the use
 * cases every collection serves, and the ledger (DOCUMENT_LEDGER, its worker and the issuer every
 * create goes through). Feature modules import it and register their Factus spec.
 */
@Module({
  imports: [AuthModule],
  controllers: [LedgerController, DocumentXmlController],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    { provide: DOCUMENT_LEDGER, useClass: PostgresDocumentLedger },
    AccountSessions,
    LedgerAttempt,
    LedgerWorker,
    DocumentIssuer,
    LedgerRecords,
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
    { provide: TRACK_ID_XML_GATEWAY, useClass: FactusTrackIdXmlGateway },
    DownloadXmlByTrackIdUseCase,
  ],
  exports: [DOCUMENT_GATEWAY, FactusDocumentSpecs, DocumentUseCases, DocumentIssuer],
})
export class DocumentsModule {}
