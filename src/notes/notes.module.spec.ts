import { Test } from '@nestjs/testing';
import { CatalogsModule } from '../catalogs/catalogs.module';
import { ConfigModule } from '../config/config.module';
import { loadConfig } from '../config/load-config';
import { FactusModule } from '../factus/factus.module';
import { NOTE_GATEWAY } from './domain/note-gateway.port';
import { FactusNoteGateway } from './infrastructure/factus-note.gateway';
import { NotesModule } from './notes.module';

describe('NotesModule wiring', () => {
  it('binds NOTE_GATEWAY to FactusNoteGateway', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(loadConfig({})), FactusModule, CatalogsModule, NotesModule],
    }).compile();
    expect(moduleRef.get(NOTE_GATEWAY)).toBeInstanceOf(FactusNoteGateway);
    await moduleRef.close();
  });
});
