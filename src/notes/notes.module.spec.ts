import { LedgerWiringStubsModule } from '../documents/infrastructure/testing/ledger-wiring-stubs.module';
import { Test } from '@nestjs/testing';
import { CatalogsModule } from '../catalogs/catalogs.module';
import { ConfigModule } from '../config/config.module';
import { loadConfig } from '../config/load-config';
import { FactusDocumentSpecs } from '../documents/infrastructure/factus-document-spec';
import { FactusModule } from '../factus/factus.module';
import { NOTE_KINDS } from './domain/note-kind';
import { NotesModule } from './notes.module';

describe('NotesModule wiring', () => {
  it('registers credit and debit notes with the document kernel under their Factus paths', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(loadConfig({})),
        LedgerWiringStubsModule,
        FactusModule,
        CatalogsModule,
        NotesModule,
      ],
    }).compile();
    const specs = moduleRef.get(FactusDocumentSpecs);
    expect(specs.of(NOTE_KINDS.credit.type).basePath).toBe('/v2/credit-notes');
    expect(specs.of(NOTE_KINDS.debit.type).deleteByReferencePath).toBe('/v2/debit-notes/reference');
    await moduleRef.close();
  });
});
