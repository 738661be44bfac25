import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CLOCK, systemClock } from '../common/domain/clock';
import { NumberingRangesModule } from '../numbering-ranges/numbering-ranges.module';
import { DocumentFileCache } from '../documents/application/document-file-cache';
import { DownloadInvoiceFileUseCase } from './application/download-invoice-file.use-case';
import { IssueInvoiceUseCase } from './application/issue-invoice.use-case';
import { ManageInvoiceUseCase } from './application/manage-invoice.use-case';
import { PreviewInvoiceUseCase } from './application/preview-invoice.use-case';
import { QueryInvoicesUseCase } from './application/query-invoices.use-case';
import { INVOICE_GATEWAY } from './domain/invoice-gateway.port';
import { InvoicesController } from './http/invoices.controller';
import { FactusInvoiceGateway } from './infrastructure/factus-invoice.gateway';

@Module({
  imports: [AuthModule, NumberingRangesModule],
  controllers: [InvoicesController],
  providers: [
    IssueInvoiceUseCase,
    PreviewInvoiceUseCase,
    QueryInvoicesUseCase,
    ManageInvoiceUseCase,
    DownloadInvoiceFileUseCase,
    DocumentFileCache,
    { provide: CLOCK, useValue: systemClock },
    { provide: INVOICE_GATEWAY, useClass: FactusInvoiceGateway },
  ],
  exports: [INVOICE_GATEWAY, DocumentFileCache],
})
export class InvoicesModule {}
