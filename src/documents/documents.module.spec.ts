import { LedgerWiringStubsModule } from './infrastructure/testing/ledger-wiring-stubs.module';
import { Test } from '@nestjs/testing';
import { ConfigModule } from '../config/config.module';
import { loadConfig } from '../config/load-config';
import { FactusModule } from '../factus/factus.module';
import { DOCUMENT_GATEWAY } from './domain/document-gateway.port';
import { INVOICE } from './domain/document-type';
import { DocumentsModule } from './documents.module';
import { FactusDocumentGateway } from './infrastructure/factus-document.gateway';
import { FactusDocumentSpecs } from './infrastructure/factus-document-spec';

describe('DocumentsModule wiring', () => {
  it('binds DOCUMENT_GATEWAY to the Factus document gateway, and says which type lacks a spec', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(loadConfig({})),
        LedgerWiringStubsModule,
        FactusModule,
        DocumentsModule,
      ],
    }).compile();
    expect(moduleRef.get(DOCUMENT_GATEWAY)).toBeInstanceOf(FactusDocumentGateway);
    expect(() => moduleRef.get(FactusDocumentSpecs).of(INVOICE)).toThrow(
      'No Factus spec registered for the invoice',
    );
    await moduleRef.close();
  });
});
