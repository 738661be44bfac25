import { Global, Module } from '@nestjs/common';
import { NO_LEDGER_METRICS, LEDGER_METRICS } from '../../application/ledger/ledger-metrics.port';
import { DATABASE } from '../../../database/database.tokens';

/**
 * What the app provides globally and a module's wiring spec does not: a database (never queried:
 * the spec only resolves providers) and the ledger metrics. Import it beside the module under test.
 */
@Global()
@Module({
  providers: [
    { provide: DATABASE, useValue: {} },
    { provide: LEDGER_METRICS, useValue: NO_LEDGER_METRICS },
  ],
  exports: [DATABASE, LEDGER_METRICS],
})
export class LedgerWiringStubsModule {}
