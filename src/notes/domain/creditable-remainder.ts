import { Dec, sum } from '../../common/domain/decimal';

/**
 * A credit note already issued against an invoice, as far as Factus's facts go: its total and
 * whether DIAN validated it. `related_notes.credit_notes` has no documented element schema, so an
 * entry without a total is completed from the note itself before it gets here (IssueNoteUseCase):
 * an unknown total is never counted as zero.
 */
export interface IssuedCredit {
  number: string;
  total: Dec;
  isValidated: boolean;
}

/**
 * What a credit note may still credit on an invoice: its total minus the validated credit notes
 * against it. A note DIAN has not validated credits nothing (a pending one blocks new notes anyway
 * until it is finished, and a rejected one never counts).
 */
export function creditableRemainder(invoiceTotal: Dec, credits: readonly IssuedCredit[]): Dec {
  const credited = sum(credits.filter((note) => note.isValidated).map((note) => note.total));
  const remaining = invoiceTotal.minus(credited);
  return remaining.isNegative() ? new Dec(0) : remaining;
}

/** A credit note the service itself has issued or is issuing against the invoice. */
export interface RecordedCredit {
  number?: string;
  total: Dec;
}

/**
 * The remainder counting also the credit notes the ledger holds (queued, being sent, pending at
 * DIAN or validated) that Factus does not count yet: a note issued a moment ago is not in the
 * invoice's related notes, and ten notes sent at once must not all see the whole invoice.
 */
export function remainderWithRecorded(
  invoiceTotal: Dec,
  credits: readonly IssuedCredit[],
  recorded: readonly RecordedCredit[],
): Dec {
  const counted = new Set(credits.filter((note) => note.isValidated).map((note) => note.number));
  const inFlight = recorded.filter((note) => !(note.number && counted.has(note.number)));
  const remaining = creditableRemainder(invoiceTotal, credits).minus(
    sum(inFlight.map((note) => note.total)),
  );
  return remaining.isNegative() ? new Dec(0) : remaining;
}
