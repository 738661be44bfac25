import { Dec, sum, ZERO } from '../../common/domain/decimal';
import type { CorrectableDocument } from '../../documents/domain/issued-document';

/**
 * What a credit note may still credit on an invoice: its total minus the credit notes Factus
 * reports on it. A note Factus marks as not validated credits nothing (a pending one blocks new
 * notes anyway until it is finished); one whose state Factus does not say counts, to be safe.
 */
export function creditableRemainder(invoice: CorrectableDocument): Dec {
  const credited = sum(
    invoice.relatedNotes.creditNotes
      .filter((note) => note.isValidated !== false)
      .map((note) => note.total ?? ZERO),
  );
  const remaining = invoice.totals.total.minus(credited);
  return remaining.isNegative() ? ZERO : remaining;
}
