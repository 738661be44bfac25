import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import { CLOCK, Clock } from '../../common/domain/clock';
import { RequestValidationError } from '../../common/errors/common.errors';
import { bogotaDate } from '../../common/time/bogota-time';
import { DocumentIssuer, IssueAnswer } from '../../documents/application/ledger/document-issuer';
import { NumberingRangeSelector } from '../../numbering-ranges/application/numbering-range-selector';
import type { IssuedSupportDocument } from '../domain/issued-support-document';
import type { SupportDocumentDraft } from '../domain/support-document-draft';
import { validateSupportDocumentDraft } from '../domain/support-document-rules';
import { SUPPORT_DOCUMENT_TYPE } from '../domain/support-document-types';

/**
 * Checks a support document against every rule a machine can check (all problems at once, the
 * range of document 24 among them), then issues it through the ledger like any document.
 */
@Injectable()
export class IssueSupportDocumentUseCase {
  constructor(
    private readonly issuer: DocumentIssuer,
    private readonly catalog: DianCatalog,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly ranges: NumberingRangeSelector,
  ) {}

  async execute(
    draft: SupportDocumentDraft,
    session: ProviderSession,
    options: { respondAsync?: boolean } = {},
  ): Promise<IssueAnswer<IssuedSupportDocument>> {
    const result = validateSupportDocumentDraft(draft, {
      today: bogotaDate(this.clock.now()),
      catalog: this.catalog,
    });
    const rangeErrors = await this.ranges.check(
      SUPPORT_DOCUMENT_TYPE.rangeDocument,
      draft.numberingRangeId,
      session,
    );
    const errors = [...result.errors, ...rangeErrors];
    if (errors.length > 0) throw new RequestValidationError(errors);
    const toSend: SupportDocumentDraft =
      result.providerDv === undefined
        ? draft
        : { ...draft, provider: { ...draft.provider, dv: result.providerDv } };
    const answer = await this.issuer.issue(
      {
        type: SUPPORT_DOCUMENT_TYPE,
        draft: toSend,
        amount: result.totals.total,
        respondAsync: options.respondAsync ?? false,
      },
      session,
    );
    this.ranges.markIssued(session.accountKey);
    return answer;
  }
}
