import { LedgerWiringStubsModule } from '../documents/infrastructure/testing/ledger-wiring-stubs.module';
import { Test } from '@nestjs/testing';
import { CatalogsModule } from '../catalogs/catalogs.module';
import { ConfigModule } from '../config/config.module';
import { loadConfig } from '../config/load-config';
import { FactusDocumentSpecs } from '../documents/infrastructure/factus-document-spec';
import { FactusModule } from '../factus/factus.module';
import { INVOICE_DOCUMENT } from './domain/invoice-document';
import { FACTUS_BILL_SPEC } from './infrastructure/factus-bill-spec';
import { InvoicesModule } from './invoices.module';

describe('InvoicesModule wiring', () => {
  it('registers invoices with the document kernel as Factus bills', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(loadConfig({})),
        LedgerWiringStubsModule,
        FactusModule,
        CatalogsModule,
        InvoicesModule,
      ],
    }).compile();
    expect(moduleRef.get(FactusDocumentSpecs).of(INVOICE_DOCUMENT)).toBe(FACTUS_BILL_SPEC);
    await moduleRef.close();
  });
});
