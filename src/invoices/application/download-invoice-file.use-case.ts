import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { INVOICE_GATEWAY, InvoiceGateway } from '../domain/invoice-gateway.port';
import {
  CachedDocumentFile,
  DocumentFileCache,
  DocumentFileKind,
} from '../../documents/application/document-file-cache';

export type InvoiceFileKind = DocumentFileKind;
export type InvoiceFile = CachedDocumentFile;

/** An invoice's PDF or XML, through the shared file cache (partitioned by the session's account). */
@Injectable()
export class DownloadInvoiceFileUseCase {
  constructor(
    @Inject(INVOICE_GATEWAY) private readonly gateway: InvoiceGateway,
    private readonly files: DocumentFileCache,
  ) {}

  execute(number: string, kind: InvoiceFileKind, session: ProviderSession): Promise<InvoiceFile> {
    return this.files.get(`${session.accountKey}|invoice|${kind}|${number}`, () =>
      kind === 'pdf'
        ? this.gateway.downloadPdf(number, session)
        : this.gateway.downloadXml(number, session),
    );
  }
}
