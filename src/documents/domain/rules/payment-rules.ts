import { Dec, sum, ZERO } from '../../../common/domain/decimal';
import type { PaymentDetail } from '../document-draft';
import type { RuleContext } from './rule-context';

const CREDIT = '2';
/** Factus's limit on cash rounding, either way. */
export const MAX_CASH_ROUNDING = new Dec(500);

export function checkPaymentDetails(payments: readonly PaymentDetail[], ctx: RuleContext): void {
  if (payments.length === 0)
    ctx.report('paymentDetails', 'an invoice needs at least one payment detail');
  payments.forEach((payment, i) => {
    const at = `paymentDetails[${i}]`;
    ctx.checkCode(`${at}.paymentForm`, payment.paymentForm, 'payment-forms', 'a payment form');
    ctx.checkCode(
      `${at}.paymentMethodCode`,
      payment.paymentMethodCode,
      'payment-methods',
      'a payment method',
    );
    ctx.checkAmount(`${at}.amount`, payment.amount);
    checkDueDate(payment, at, ctx);
  });
}

function checkDueDate(payment: PaymentDetail, at: string, ctx: RuleContext): void {
  const field = `${at}.dueDate`;
  if (payment.dueDate === undefined) {
    if (payment.paymentForm === CREDIT)
      ctx.report(field, 'dueDate is required for a credit payment (paymentForm 2)');
    return;
  }
  if (ctx.checkDate(field, payment.dueDate) && payment.dueDate < ctx.today) {
    ctx.report(field, `dueDate ${payment.dueDate} is before today (${ctx.today} in Bogotá)`);
  }
}

/**
 * Factus v2 wants Σ paymentDetails.amount = total + cashRoundingAmount, with |cashRoundingAmount|
 * at most 500.00 (factus-api.md §3.3). The message gives the computed total, so that the caller can
 * see which side is off.
 */
export function checkPaymentsCoverTotal(
  payments: readonly PaymentDetail[],
  cashRoundingAmount: Dec | undefined,
  total: Dec,
  ctx: RuleContext,
): void {
  const rounding = cashRoundingAmount ?? ZERO;
  const roundingOk = rounding.abs().lessThanOrEqualTo(MAX_CASH_ROUNDING);
  if (!roundingOk) {
    ctx.report(
      'cashRoundingAmount',
      `cashRoundingAmount ${rounding.toFixed(2)} is beyond Factus's limit of ±${MAX_CASH_ROUNDING.toFixed(2)}`,
    );
  } else if (cashRoundingAmount !== undefined) {
    ctx.checkTwoDecimals('cashRoundingAmount', cashRoundingAmount);
  }

  const paid = sum(payments.map((p) => p.amount));
  if (paid.equals(total.plus(rounding))) return;
  const difference = paid.minus(total);
  const hint = difference.abs().lessThanOrEqualTo(MAX_CASH_ROUNDING)
    ? `; if the difference is cash rounding, send cashRoundingAmount ${difference.toFixed(2)}`
    : '';
  ctx.report(
    'paymentDetails',
    `the payments add up to ${paid.toFixed(2)} but the invoice total is ${total.toFixed(2)} ` +
      `(cashRoundingAmount ${rounding.toFixed(2)})${hint}`,
  );
}
