import { Test } from '@nestjs/testing';
import { CatalogsModule } from '../catalogs/catalogs.module';
import { ConfigModule } from '../config/config.module';
import { loadConfig } from '../config/load-config';
import { FactusModule } from '../factus/factus.module';
import { INVOICE_GATEWAY } from './domain/invoice-gateway.port';
import { FactusInvoiceGateway } from './infrastructure/factus-invoice.gateway';
import { InvoicesModule } from './invoices.module';

describe('InvoicesModule wiring', () => {
  it('binds INVOICE_GATEWAY to FactusInvoiceGateway', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(loadConfig({})), FactusModule, CatalogsModule, InvoicesModule],
    }).compile();
    expect(moduleRef.get(INVOICE_GATEWAY)).toBeInstanceOf(FactusInvoiceGateway);
    await moduleRef.close();
  });
});
