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
