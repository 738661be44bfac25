import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { RequestValidationError } from '../../common/errors/common.errors';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { ROUTES } from '../../http/routes';
import { LedgerRecords } from '../application/ledger/ledger-records';
import {
  decodeLedgerCursor,
  encodeLedgerCursor,
  toLedgerRecordResponse,
} from './ledger-record.mapper';
import { LedgerPageResponseDto } from './ledger-record.response.dto';
import { ListLedgerQueryDto } from './list-ledger.query.dto';

/** Every document the service was asked to issue for the caller's account, for reconciliation. */
@ApiTags('Documents')
@ApiFactusAuth()
@Controller(ROUTES.documents)
export class LedgerController {
  constructor(private readonly records: LedgerRecords) {}

  @Get()
  @ApiOperation({
    summary: 'Every document issued through this service, newest first',
    description:
      "The ledger of the caller's account: invoices and notes in every state, with cursor pagination " +
      '(pass `nextCursor` back as `cursor`). Filter by `state` and `type` — e.g. `state=pending_dian` for what DIAN has not answered.',
  })
  @ApiOkResponse({ type: LedgerPageResponseDto })
  @ApiProblemResponses(400, 401)
  async list(
    @Query() query: ListLedgerQueryDto,
    @ProviderSession() session: ProviderSession,
  ): Promise<LedgerPageResponseDto> {
    const cursor = query.cursor === undefined ? undefined : decodeLedgerCursor(query.cursor);
    if (query.cursor !== undefined && !cursor)
      throw new RequestValidationError([
        { field: 'cursor', message: 'cursor must be a nextCursor this service answered' },
      ]);
    const page = await this.records.list(
      session,
      { state: query.state, documentType: query.type },
      cursor,
      query.limit ?? 20,
    );
    return {
      data: page.records.map(toLedgerRecordResponse),
      ...(page.next ? { nextCursor: encodeLedgerCursor(page.next) } : {}),
    };
  }
}
