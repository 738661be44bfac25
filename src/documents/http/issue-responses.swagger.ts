import { applyDecorators, Type } from '@nestjs/common';
import {
  ApiAcceptedResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiHeader,
  getSchemaPath,
} from '@nestjs/swagger';
import { LedgerRecordResponseDto } from './ledger-record.response.dto';

/**
 * The answers of a create route, documented once for every document type: 201 validated, 202
 * either the document DIAN has not answered yet or the ledger record to follow, and `Prefer`.
 */
export function ApiIssueResponses(responseDto: Type<unknown>, name: string): MethodDecorator {
  return applyDecorators(
    ApiExtraModels(responseDto, LedgerRecordResponseDto),
    ApiHeader({
      name: 'Prefer',
      required: false,
      description:
        '`respond-async`: answer 202 at once with the ledger record (Location: …/by-reference/{referenceCode}) and issue in the background. ' +
        'Without it the request waits for DIAN up to SYNC_WAIT_MS, then answers 202 the same way.',
      // No example: Swagger UI would send it with every "Try it out", making each one asynchronous.
      schema: { type: 'string' },
    }),
    ApiCreatedResponse({
      type: responseDto,
      description: `Validated by DIAN (notices may be present in dianMessages). Location: the ${name}.`,
    }),
    ApiAcceptedResponse({
      description:
        `Not final yet. Either the ${name} (status \`pending\`: DIAN has not answered; the service follows it up itself), ` +
        'or — asked with `Prefer: respond-async`, or Factus/DIAN slower than SYNC_WAIT_MS, or Factus unavailable — the ledger record ' +
        '(state `queued`, `sending` or `pending_dian`): follow its Location.',
      schema: {
        oneOf: [
          { $ref: getSchemaPath(responseDto) },
          { $ref: getSchemaPath(LedgerRecordResponseDto) },
        ],
      },
    }),
  );
}
