import { DocumentStore, StoredDocument } from './bills/bill-store';
import { DianOutcomeQueue } from './bills/dian-outcomes';
import {
  ADJUSTMENT_NOTE,
  BILL,
  CREDIT_NOTE,
  DEBIT_NOTE,
  DocumentKind,
  SUPPORT_DOCUMENT,
} from './bills/document-kind';
import type { SimulatorState } from './core/simulator-state';
import { NumberingRanges } from './ranges/numbering-ranges';
import { SimulatorSubscription } from './subscriptions/simulator-subscription';

/**
 * The simulator's electronic documents: numbering ranges, stored bills and their credit and debit
 * notes, support documents and their adjustment notes, the queue of DIAN outcomes (shared by every kind) and the subscription whose quota
 * documents consume. One per simulator instance; a control-API reset re-seeds it through
 * `state.onReset`.
 */
export class BillingState {
  readonly ranges: NumberingRanges;
  readonly bills = new DocumentStore(BILL);
  readonly creditNotes = new DocumentStore(CREDIT_NOTE);
  readonly debitNotes = new DocumentStore(DEBIT_NOTE);
  readonly supportDocuments = new DocumentStore(SUPPORT_DOCUMENT);
  readonly adjustmentNotes = new DocumentStore(ADJUSTMENT_NOTE);
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
      case 'support_document':
        return this.supportDocuments;
      case 'adjustment_note':
        return this.adjustmentNotes;
    }
  }

  /** The document DIAN knows by this CUFE, CUDE or CUDS (a track id), whatever its kind. */
  byTrackId(trackId: string): StoredDocument | undefined {
    const wanted = trackId.toLowerCase();
    return this.allDocuments().find((document) => document.uniqueCode.toLowerCase() === wanted);
  }

  /**
   * Every stored document: bills, credit notes, debit notes, support documents, then adjustment
   * notes, each oldest first.
   */
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
    return [
      this.bills,
      this.creditNotes,
      this.debitNotes,
      this.supportDocuments,
      this.adjustmentNotes,
    ];
  }
}
