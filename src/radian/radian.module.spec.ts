import { Test } from '@nestjs/testing';
import { ConfigModule } from '../config/config.module';
import { loadConfig } from '../config/load-config';
import { LedgerWiringStubsModule } from '../documents/infrastructure/testing/ledger-wiring-stubs.module';
import { FactusModule } from '../factus/factus.module';
import { INVOICE_RADIAN_GATEWAY } from './domain/invoice-radian-gateway.port';
import { RECEIVED_INVOICE_GATEWAY } from './domain/received-invoice-gateway.port';
import { FactusInvoiceRadianGateway } from './infrastructure/factus-invoice-radian.gateway';
import { FactusReceivedInvoiceGateway } from './infrastructure/factus-received-invoice.gateway';
import { RadianModule } from './radian.module';

describe('RadianModule wiring', () => {
  it('binds both RADIAN ports to their Factus gateways', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(loadConfig({})),
        LedgerWiringStubsModule,
        FactusModule,
        RadianModule,
      ],
    }).compile();
    expect(moduleRef.get(INVOICE_RADIAN_GATEWAY)).toBeInstanceOf(FactusInvoiceRadianGateway);
    expect(moduleRef.get(RECEIVED_INVOICE_GATEWAY)).toBeInstanceOf(FactusReceivedInvoiceGateway);
    await moduleRef.close();
  });
});
