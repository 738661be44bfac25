import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CLOCK, systemClock } from '../common/domain/clock';
import { DocumentsModule } from '../documents/documents.module';
import { FactusDocumentSpecs } from '../documents/infrastructure/factus-document-spec';
import { NumberingRangesModule } from '../numbering-ranges/numbering-ranges.module';
import { IssueInvoiceUseCase } from './application/issue-invoice.use-case';
import { PreviewInvoiceUseCase } from './application/preview-invoice.use-case';
import { InvoicesController } from './http/invoices.controller';
import { FACTUS_BILL_SPEC } from './infrastructure/factus-bill-spec';

@Module({
  imports: [AuthModule, DocumentsModule, NumberingRangesModule],
  controllers: [InvoicesController],
  providers: [
    IssueInvoiceUseCase,
    PreviewInvoiceUseCase,
    { provide: CLOCK, useValue: systemClock },
  ],
})
export class InvoicesModule {
  /** Invoices are Factus bills: the kernel's gateway learns where they live and how they read. */
  constructor(specs: FactusDocumentSpecs) {
    specs.register(FACTUS_BILL_SPEC);
  }
}
