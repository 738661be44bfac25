import { Test } from '@nestjs/testing';
import { ConfigModule } from '../config/config.module';
import { loadConfig } from '../config/load-config';
import { FactusModule } from '../factus/factus.module';
import { TRACK_ID_XML_GATEWAY } from './domain/track-id-xml.port';
import { DocumentsModule } from './documents.module';
import { FactusTrackIdXmlGateway } from './infrastructure/factus-track-id-xml.gateway';
import { LedgerWiringStubsModule } from './infrastructure/testing/ledger-wiring-stubs.module';

describe('DocumentsModule wiring of the XML by track id', () => {
  it('binds TRACK_ID_XML_GATEWAY to the Factus adapter', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(loadConfig({})),
        LedgerWiringStubsModule,
        FactusModule,
        DocumentsModule,
      ],
    }).compile();
    expect(moduleRef.get(TRACK_ID_XML_GATEWAY)).toBeInstanceOf(FactusTrackIdXmlGateway);
    await moduleRef.close();
  });
});
