import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import {
  DOCUMENT_GATEWAY,
  DocumentFileKind,
  DocumentGateway,
} from '../domain/document-gateway.port';
import type { DocumentType } from '../domain/document-type';
import { CachedDocumentFile, DocumentFileCache } from './document-file-cache';

/** A document's PDF or XML, through the shared file cache (partitioned by the session's account). */
@Injectable()
export class DownloadDocumentFileUseCase {
  constructor(
    @Inject(DOCUMENT_GATEWAY) private readonly gateway: DocumentGateway,
    private readonly files: DocumentFileCache,
  ) {}

  execute(
    type: DocumentType,
    number: string,
    kind: DocumentFileKind,
    session: ProviderSession,
  ): Promise<CachedDocumentFile> {
    return this.files.get(`${session.accountKey}|${type.key}|${kind}|${number}`, () =>
      this.gateway.download(type, number, kind, session),
    );
  }
}
