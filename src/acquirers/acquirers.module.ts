import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { LookupAcquirerUseCase } from './application/lookup-acquirer.use-case';
import { ACQUIRER_GATEWAY } from './domain/acquirer-gateway.port';
import { AcquirersController } from './http/acquirers.controller';
import { FactusAcquirerGateway } from './infrastructure/factus-acquirer.gateway';

@Module({
  imports: [AuthModule],
  controllers: [AcquirersController],
  providers: [
    LookupAcquirerUseCase,
    { provide: ACQUIRER_GATEWAY, useClass: FactusAcquirerGateway },
  ],
  exports: [ACQUIRER_GATEWAY],
})
export class AcquirersModule {}
