import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CLOCK, systemClock } from '../common/domain/clock';
import { ManageNumberingRangesUseCase } from './application/manage-numbering-ranges.use-case';
import { NumberingRangeCache } from './application/numbering-range-cache';
import { NumberingRangeLowWatch } from './application/numbering-range-low-watch';
import { NumberingRangeSelector } from './application/numbering-range-selector';
import { QueryNumberingRangesUseCase } from './application/query-numbering-ranges.use-case';
import { NUMBERING_RANGE_GATEWAY } from './domain/numbering-range-gateway.port';
import { NumberingRangesController } from './http/numbering-ranges.controller';
import { FactusNumberingRangeGateway } from './infrastructure/factus-numbering-range.gateway';

/**
 * The account's numbering ranges: list, show, `/dian` and the management endpoints, and
 * NumberingRangeSelector, which document modules (invoices, notes) use to check a document's
 * range choice before sending it, and to `markIssued` an account once they issue a document (its
 * list then shows the range's new `current`).
 */
@Module({
  imports: [AuthModule],
  controllers: [NumberingRangesController],
  providers: [
    NumberingRangeCache,
    NumberingRangeLowWatch,
    NumberingRangeSelector,
    QueryNumberingRangesUseCase,
    ManageNumberingRangesUseCase,
    { provide: CLOCK, useValue: systemClock },
    { provide: NUMBERING_RANGE_GATEWAY, useClass: FactusNumberingRangeGateway },
  ],
  exports: [NUMBERING_RANGE_GATEWAY, NumberingRangeSelector],
})
export class NumberingRangesModule {}
