import { DocumentStore, StoredDocument } from './bills/bill-store';
import { DianOutcomeQueue } from './bills/dian-outcomes';
import { BILL, CREDIT_NOTE, DEBIT_NOTE, DocumentKind } from './bills/document-kind';
import type { SimulatorState } from './core/simulator-state';
import { NumberingRanges } from './ranges/numbering-ranges';
import { SimulatorSubscription } from './subscriptions/simulator-subscription';

/**
 * The simulator's electronic documents: numbering ranges, stored bills and their credit and debit
 * notes, the queue of DIAN outcomes (shared by every kind) and the subscription whose quota
 * documents consume. One per simulator instance; a control-API reset re-seeds it through
 * `state.onReset`.
 */
export class BillingState {
  readonly ranges: NumberingRanges;
  readonly bills = new DocumentStore(BILL);
  readonly creditNotes = new DocumentStore(CREDIT_NOTE);
  readonly debitNotes = new DocumentStore(DEBIT_NOTE);
  readonly dian = new DianOutcomeQueue();
  readonly subscription: SimulatorSubscription;

  constructor(readonly state: SimulatorState) {
    this.ranges = new NumberingRanges(state.clock);
    this.subscription = new SimulatorSubscription(state);
    state.onReset(() => this.reset());
  }

  /** The store of one kind of document. */
  documents(kind: DocumentKind): DocumentStore {
    switch (kind.id) {
      case 'bill':
        return this.bills;
      case 'credit_note':
        return this.creditNotes;
      case 'debit_note':
        return this.debitNotes;
    }
  }

  /** Every stored document: bills, then credit notes, then debit notes, each oldest first. */
  allDocuments(): StoredDocument[] {
    return this.stores().flatMap((store) => store.all());
  }

  reset(): void {
    this.ranges.reset();
    this.stores().forEach((store) => store.clear());
    this.dian.clear();
    this.subscription.reset();
  }

  private stores(): DocumentStore[] {
    return [this.bills, this.creditNotes, this.debitNotes];
  }
}
