import { Test } from '@nestjs/testing';
import { CatalogsModule } from '../catalogs/catalogs.module';
import { ConfigModule } from '../config/config.module';
import { loadConfig } from '../config/load-config';
import { FactusModule } from '../factus/factus.module';
import { AcquirersModule } from './acquirers.module';
import { ACQUIRER_GATEWAY } from './domain/acquirer-gateway.port';
import { FactusAcquirerGateway } from './infrastructure/factus-acquirer.gateway';

describe('AcquirersModule wiring', () => {
  it('binds ACQUIRER_GATEWAY to FactusAcquirerGateway', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(loadConfig({})),
        FactusModule,
        CatalogsModule,
        AcquirersModule,
      ],
    }).compile();
    expect(moduleRef.get(ACQUIRER_GATEWAY)).toBeInstanceOf(FactusAcquirerGateway);
    await moduleRef.close();
  });
});
