import { IVA, RETE_IVA } from '../catalogs/dian-codes';
import type { AllowanceChargeRequest, ItemRequest, PrepaymentRequest } from './bill-request';
import { Money, round2, sum, ZERO } from './money';

/**
 * How Factus v2 computes a document's totals (factus-api.md §5.3 "v2 (net price)"): item prices
 * are net; a line's discount comes from `discount_rate` or `discount_amount`; each tax is rounded
 * per line; invoice-level surcharges add and discounts subtract; prepayments are reported but do
 * not reduce the total. Every step is decimal, rounded half away from zero to two decimals.
 */
export interface LineTax {
  code: string;
  rate: Money;
  taxableAmount: Money;
  taxAmount: Money;
}

export interface LineWithholding {
  code: string;
  rate: Money;
  taxableAmount: Money;
  amount: Money;
}

export interface LineTotals {
  discountRate: Money;
  discount: Money;
  /** price × quantity − discount: the line's taxable base ("gross_value"). */
  base: Money;
  /** An item whose taxes say `is_excluded`: no tax, and outside taxable_amount. */
  excluded: boolean;
  taxes: LineTax[];
  taxAmount: Money;
  /** base + taxes. */
  total: Money;
  withholdings: LineWithholding[];
}

export interface BillTotals {
  lines: LineTotals[];
  prepaymentAmount: Money;
  grossAmount: Money;
  taxableAmount: Money;
  taxAmount: Money;
  surchargeAmount: Money;
  /** Invoice-level discounts (allowance charges with is_surcharge false). */
  allowanceAmount: Money;
  total: Money;
  /** Tax per tribute code (01 IVA, 04 INC, 35 ICUI), for the CUFE and the XML. */
  taxByTribute: Record<string, Money>;
  /** Invoice-level summary per tribute and rate (`data.taxes`). */
  taxSummary: LineTax[];
  withholdingSummary: Array<{ code: string; amount: Money }>;
}

export interface TotalsInput {
  items: readonly ItemRequest[];
  allowanceCharges: readonly AllowanceChargeRequest[];
  prepaymentDetails: readonly PrepaymentRequest[];
}

const HUNDRED = new Money(100);

export function lineTotals(item: ItemRequest): LineTotals {
  const gross = item.price.times(item.quantity);
  let discount = ZERO;
  if (item.discountAmount && item.discountAmount.gt(0)) discount = round2(item.discountAmount);
  else if (item.discountRate) discount = round2(gross.times(item.discountRate).div(HUNDRED));
  const base = round2(gross.minus(discount));
  const discountRate = item.discountRate?.gt(0)
    ? item.discountRate
    : gross.gt(0)
      ? round2(discount.div(gross).times(HUNDRED))
      : ZERO;

  const taxes: LineTax[] = [];
  let excluded = false;
  for (const tax of item.taxes) {
    if (tax.excluded) {
      excluded = true;
      continue;
    }
    taxes.push({
      code: tax.code,
      rate: tax.rate,
      taxableAmount: base,
      taxAmount: round2(base.times(tax.rate).div(HUNDRED)),
    });
  }
  const taxAmount = sum(taxes.map((t) => t.taxAmount));
  const ivaAmount = sum(taxes.filter((t) => t.code === IVA).map((t) => t.taxAmount));

  // Self-withholdings leave the total unchanged: the autorretenciones example is paid its
  // total before withholdings (1190000). Assumption (the docs only give `code` and `rate`):
  // ReteIVA is a share of the line's IVA, ReteRenta a share of its base.
  const withholdings = item.withholdingTaxes.map(({ code, rate }) => {
    const taxableAmount = code === RETE_IVA ? ivaAmount : base;
    return { code, rate, taxableAmount, amount: round2(taxableAmount.times(rate).div(HUNDRED)) };
  });

  return {
    discountRate,
    discount,
    base,
    excluded: excluded && taxes.length === 0,
    taxes,
    taxAmount,
    total: base.plus(taxAmount),
    withholdings,
  };
}

export function billTotals(input: TotalsInput): BillTotals {
  const lines = input.items.map(lineTotals);
  const surchargeAmount = sum(
    input.allowanceCharges.filter((c) => c.isSurcharge).map((c) => c.amount),
  );
  const allowanceAmount = sum(
    input.allowanceCharges.filter((c) => !c.isSurcharge).map((c) => c.amount),
  );

  const taxByTribute: Record<string, Money> = {};
  const summary = new Map<string, LineTax>();
  for (const tax of lines.flatMap((line) => line.taxes)) {
    taxByTribute[tax.code] = (taxByTribute[tax.code] ?? ZERO).plus(tax.taxAmount);
    const key = `${tax.code}|${tax.rate.toFixed(2)}`;
    const entry = summary.get(key);
    if (entry) {
      entry.taxableAmount = entry.taxableAmount.plus(tax.taxableAmount);
      entry.taxAmount = entry.taxAmount.plus(tax.taxAmount);
    } else {
      summary.set(key, { ...tax });
    }
  }
  const withholdingByCode = new Map<string, Money>();
  for (const w of lines.flatMap((line) => line.withholdings)) {
    withholdingByCode.set(w.code, (withholdingByCode.get(w.code) ?? ZERO).plus(w.amount));
  }

  return {
    lines,
    prepaymentAmount: sum(input.prepaymentDetails.map((p) => p.amount)),
    grossAmount: sum(lines.map((l) => l.base)),
    taxableAmount: sum(lines.filter((l) => !l.excluded).map((l) => l.base)),
    taxAmount: sum(lines.map((l) => l.taxAmount)),
    surchargeAmount,
    allowanceAmount,
    total: sum(lines.map((l) => l.total))
      .plus(surchargeAmount)
      .minus(allowanceAmount),
    taxByTribute,
    taxSummary: [...summary.values()],
    withholdingSummary: [...withholdingByCode].map(([code, amount]) => ({ code, amount })),
  };
}
