import { Test } from '@nestjs/testing';
import { CatalogsModule } from '../catalogs/catalogs.module';
import { ConfigModule } from '../config/config.module';
import { loadConfig } from '../config/load-config';
import { FactusModule } from '../factus/factus.module';
import { NumberingRangeSelector } from './application/numbering-range-selector';
import { NUMBERING_RANGE_GATEWAY } from './domain/numbering-range-gateway.port';
import { FactusNumberingRangeGateway } from './infrastructure/factus-numbering-range.gateway';
import { NumberingRangesModule } from './numbering-ranges.module';

describe('NumberingRangesModule wiring', () => {
  it('binds NUMBERING_RANGE_GATEWAY to FactusNumberingRangeGateway and exports the selector', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [
        ConfigModule.forRoot(loadConfig({})),
        FactusModule,
        CatalogsModule,
        NumberingRangesModule,
      ],
    }).compile();
    expect(moduleRef.get(NUMBERING_RANGE_GATEWAY)).toBeInstanceOf(FactusNumberingRangeGateway);
    expect(moduleRef.get(NumberingRangeSelector)).toBeInstanceOf(NumberingRangeSelector);
    await moduleRef.close();
  });
});
