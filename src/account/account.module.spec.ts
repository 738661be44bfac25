import { Test } from '@nestjs/testing';
import { CatalogsModule } from '../catalogs/catalogs.module';
import { ConfigModule } from '../config/config.module';
import { loadConfig } from '../config/load-config';
import { FactusModule } from '../factus/factus.module';
import { AccountModule } from './account.module';
import { ACCOUNT_GATEWAY } from './domain/account-gateway.port';
import { FactusAccountGateway } from './infrastructure/factus-account.gateway';

describe('AccountModule wiring', () => {
  it('binds ACCOUNT_GATEWAY to FactusAccountGateway', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(loadConfig({})), FactusModule, CatalogsModule, AccountModule],
    }).compile();
    expect(moduleRef.get(ACCOUNT_GATEWAY)).toBeInstanceOf(FactusAccountGateway);
    await moduleRef.close();
  });
});
