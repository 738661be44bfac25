import { Injectable, PipeTransform } from '@nestjs/common';
import type { FieldError } from '../../common/errors/domain-error';
import { RequestValidationError } from '../../common/errors/common.errors';
import {
  BUYER_EVENT_CODES,
  isRadianEventCode,
  RadianEventCode,
  TACIT_ACCEPTANCE,
} from '../domain/radian-event';

/** Factus's id of a received invoice: a number (upload answer) or a UUID (list rows). */
export const RECEIVED_INVOICE_ID = /^[A-Za-z0-9-]{1,64}$/;
export const RECEIVED_INVOICE_ID_MESSAGE =
  'must be the id of a received invoice (letters, digits and -, at most 64)';

function isBuyerEventCode(value: string | undefined): boolean {
  return value !== undefined && isRadianEventCode(value) && BUYER_EVENT_CODES.includes(value);
}

export interface ReceivedInvoiceEventPath {
  id: string;
  eventType: RadianEventCode;
}

/**
 * `:id` and `:eventType` of `POST /received-invoices/:id/events/:eventType`, checked together so
 * that one 400 names both when both are wrong. The path is checked before the body.
 */
@Injectable()
export class ReceivedInvoiceEventPathPipe implements PipeTransform<
  Record<string, string>,
  ReceivedInvoiceEventPath
> {
  transform(params: Record<string, string>): ReceivedInvoiceEventPath {
    const { id, eventType } = params;
    const errors: FieldError[] = [];
    if (!RECEIVED_INVOICE_ID.test(id ?? ''))
      errors.push({ field: 'id', message: `id ${RECEIVED_INVOICE_ID_MESSAGE}` });
    if (eventType === TACIT_ACCEPTANCE)
      errors.push({
        field: 'eventType',
        message:
          "034 (tacit acceptance) is emitted by the invoice's issuer, never by its buyer: use 030, 031, 032 or 033",
      });
    else if (!isBuyerEventCode(eventType))
      errors.push({ field: 'eventType', message: 'eventType must be one of 030, 031, 032, 033' });
    if (errors.length > 0) throw new RequestValidationError(errors);
    return { id, eventType: eventType as RadianEventCode };
  }
}
