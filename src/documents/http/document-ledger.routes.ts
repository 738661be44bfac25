import { Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import type { DocumentUseCases } from '../application/document-use-cases';
import type { DocumentType } from '../domain/document-type';
import { toLedgerRecordResponse } from './ledger-record.mapper';
import { LedgerRecordResponseDto } from './ledger-record.response.dto';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- TypeScript's mixin form
type Base = new (...args: any[]) => { readonly documents: DocumentUseCases };

/** The ledger's view of one collection: a document by the reference it was sent with. */
export function withLedgerRoutes<TBase extends Base>(
  Base: TBase,
  collection: { type: DocumentType; examples: { referenceCode: string } },
) {
  const { type } = collection;

  class DocumentLedgerRoutes extends Base {
    @Get('by-reference/:referenceCode')
    @ApiOperation({
      summary: `Follow a ${type.name} by its reference code`,
      description:
        `What this service knows of the ${type.name} it was asked to issue under this reference: its state ` +
        '(queued → sending → validated | pending_dian | rejected | failed), number, ' +
        `${type.uniqueCode}, attempts, DIAN messages, last error and every state change. ` +
        'This is where an asynchronous create (202) points.',
    })
    @ApiOkResponse({ type: LedgerRecordResponseDto })
    @ApiProblemResponses(401, 404)
    async byReference(
      @Param('referenceCode') referenceCode: string,
      @ProviderSession() session: ProviderSession,
    ): Promise<LedgerRecordResponseDto> {
      return toLedgerRecordResponse(
        await this.documents.records.byReference(type, referenceCode, session),
      );
    }
  }
  return DocumentLedgerRoutes;
}
