import { BillStore } from './bills/bill-store';
import { DianOutcomeQueue } from './bills/dian-outcomes';
import type { SimulatorState } from './core/simulator-state';
import { NumberingRanges } from './ranges/numbering-ranges';
import { SimulatorSubscription } from './subscriptions/simulator-subscription';

/**
 * The simulator's electronic documents: numbering ranges, stored bills, the queue of DIAN
 * outcomes and the subscription whose quota documents consume. One per simulator instance; a
 * control-API reset re-seeds it through `state.onReset`.
 */
export class BillingState {
  readonly ranges: NumberingRanges;
  readonly bills = new BillStore();
  readonly dian = new DianOutcomeQueue();
  readonly subscription: SimulatorSubscription;

  constructor(readonly state: SimulatorState) {
    this.ranges = new NumberingRanges(state.clock);
    this.subscription = new SimulatorSubscription(state);
    state.onReset(() => this.reset());
  }

  reset(): void {
    this.ranges.reset();
    this.bills.clear();
    this.dian.clear();
    this.subscription.reset();
  }
}
