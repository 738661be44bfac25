import { Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import type { FieldError } from '../../common/errors/domain-error';
import { checkRangeChoice } from '../domain/range-choice';
import { NumberingRangeCache } from './numbering-range-cache';

/**
 * Checks a document's numbering-range choice (`numberingRangeId`, or none) against the account's
 * ranges before the document is sent (rules in domain/range-choice.ts). Callers merge the errors
 * with their own validation so that every problem is reported at once.
 */
@Injectable()
export class NumberingRangeSelector {
  constructor(private readonly ranges: NumberingRangeCache) {}

  /**
   * @param documentCode range document code (`21` invoice, `22` credit note, `23` debit note)
   * @returns the errors on `numberingRangeId`; empty when the choice is fine
   */
  async check(
    documentCode: string,
    numberingRangeId: number | undefined,
    session: ProviderSession,
  ): Promise<FieldError[]> {
    const snapshot = await this.ranges.all(session);
    const errors = checkRangeChoice(snapshot.ranges, documentCode, numberingRangeId);
    if (errors.length === 0 || !snapshot.fromCache) return errors;
    // The copy may predate a range just created or activated in Factus: look once more before
    // refusing. Only failing requests pay for it; valid ones stay served from memory.
    const fresh = await this.ranges.all(session, { refresh: true });
    return checkRangeChoice(fresh.ranges, documentCode, numberingRangeId);
  }

  /**
   * Call once a document was issued for the account (Factus took a number): the list of ranges
   * then shows the range's new `current` (NumberingRangeCache.markIssued). Costs no Factus call;
   * the checks above keep their copy, whose usability an issue does not change.
   */
  markIssued(accountKey: string): void {
    this.ranges.markIssued(accountKey);
  }
}
