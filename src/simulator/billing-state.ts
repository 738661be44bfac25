import { BillStore } from './bills/bill-store';
import { DianOutcomeQueue } from './bills/dian-outcomes';
import type { SimulatorState } from './core/simulator-state';
import { NumberingRanges } from './ranges/numbering-ranges';

/**
 * The simulator's electronic documents: numbering ranges, stored bills and the queue of DIAN
 * outcomes. One per simulator instance; a control-API reset re-seeds it through `state.onReset`.
 */
export class BillingState {
  readonly ranges: NumberingRanges;
  readonly bills = new BillStore();
  readonly dian = new DianOutcomeQueue();

  constructor(readonly state: SimulatorState) {
    this.ranges = new NumberingRanges(state.clock);
    state.onReset(() => this.reset());
  }

  reset(): void {
    this.ranges.reset();
    this.bills.clear();
    this.dian.clear();
  }
}
