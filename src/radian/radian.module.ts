import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CLOCK, systemClock } from '../common/domain/clock';
import { DocumentsModule } from '../documents/documents.module';
import { AcceptInvoiceTacitlyUseCase } from './application/accept-invoice-tacitly.use-case';
import { EmitReceivedInvoiceEventUseCase } from './application/emit-received-invoice-event.use-case';
import { ListInvoiceEventsUseCase } from './application/list-invoice-events.use-case';
import { ListReceivedInvoicesUseCase } from './application/list-received-invoices.use-case';
import { UploadReceivedInvoiceUseCase } from './application/upload-received-invoice.use-case';
import { INVOICE_RADIAN_GATEWAY } from './domain/invoice-radian-gateway.port';
import { RECEIVED_INVOICE_GATEWAY } from './domain/received-invoice-gateway.port';
import { InvoiceRadianController } from './http/invoice-radian.controller';
import { ReceivedInvoicesController } from './http/received-invoices.controller';
import { FactusInvoiceRadianGateway } from './infrastructure/factus-invoice-radian.gateway';
import { FactusReceivedInvoiceGateway } from './infrastructure/factus-received-invoice.gateway';

/**
 * RADIAN, DIAN's register of what happens to an invoice after it is issued: the events on the
 * company's own invoices (and its tacit acceptance of them), and the reception of its suppliers'
 * invoices with the buyer's events 030–033. One feature because both speak the same events, the
 * same person block and the same rules (domain/radian-event-rules.ts).
 */
@Module({
  imports: [AuthModule, DocumentsModule],
  controllers: [InvoiceRadianController, ReceivedInvoicesController],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    ListInvoiceEventsUseCase,
    AcceptInvoiceTacitlyUseCase,
    UploadReceivedInvoiceUseCase,
    ListReceivedInvoicesUseCase,
    EmitReceivedInvoiceEventUseCase,
    { provide: INVOICE_RADIAN_GATEWAY, useClass: FactusInvoiceRadianGateway },
    { provide: RECEIVED_INVOICE_GATEWAY, useClass: FactusReceivedInvoiceGateway },
  ],
})
export class RadianModule {}
