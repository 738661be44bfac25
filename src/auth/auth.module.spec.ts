import { Test } from '@nestjs/testing';
import { ConfigModule } from '../config/config.module';
import { loadConfig } from '../config/load-config';
import { FactusModule } from '../factus/factus.module';
import { AuthModule } from './auth.module';
import { AUTH_GATEWAY } from './domain/auth-gateway.port';
import { FactusAuthGateway } from './infrastructure/factus-auth.gateway';

describe('AuthModule wiring', () => {
  it('binds AUTH_GATEWAY to FactusAuthGateway', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ConfigModule.forRoot(loadConfig({})), FactusModule, AuthModule],
    }).compile();
    expect(moduleRef.get(AUTH_GATEWAY)).toBeInstanceOf(FactusAuthGateway);
    await moduleRef.close();
  });
});
