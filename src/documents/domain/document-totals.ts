import { Dec, round2, sum, ZERO } from '../../common/domain/decimal';
import type { DocumentDraft, DocumentItem, ItemTax } from './document-draft';
import type { DocumentTotals } from './issued-document';
import { TAX_CODE, WITHHOLDING_CODE } from './tax-codes';

export interface LineTax {
  code: string;
  rate: Dec;
  taxableAmount: Dec;
  taxAmount: Dec;
}

export interface LineWithholding {
  code: string;
  rate: Dec;
  /** What the rate applies to: the line's IVA for ReteIVA (05), its base otherwise. */
  baseAmount: Dec;
  amount: Dec;
}

export interface LineTotals {
  /** round2(price × quantity). */
  gross: Dec;
  discount: Dec;
  /** gross − discount: the line's amount before taxes (Factus's gross_value / taxable amount). */
  base: Dec;
  /** Whether the line is taxed (it has at least one tax entry that is not `isExcluded`). */
  taxed: boolean;
  taxes: LineTax[];
  taxAmount: Dec;
  /** Self-withholdings: reported, but they do not change the total. */
  withholdings: LineWithholding[];
  /** base + taxes. */
  total: Dec;
}

export interface TaxTotal {
  code: string;
  rate: Dec;
  taxableAmount: Dec;
  taxAmount: Dec;
}

export interface WithholdingTotal {
  code: string;
  baseAmount: Dec;
  amount: Dec;
}

/** The totals Factus v2 will compute for a draft, with the per-line detail behind them. */
export interface ComputedDocumentTotals extends DocumentTotals {
  lines: LineTotals[];
  /** Grouped by tax code and rate, in order of first appearance. */
  taxes: TaxTotal[];
  /** Grouped by withholding code, in order of first appearance. */
  withholdings: WithholdingTotal[];
  withholdingAmount: Dec;
  /** Invoice-level discounts: allowanceCharges without isSurcharge. */
  allowanceAmount: Dec;
  /** What the payments must cover: Σ paymentDetails.amount = payable + cashRoundingAmount. */
  payable: Dec;
}

/**
 * Computes an invoice's totals the way Factus v2 does (net prices; factus-api.md §5.3), in decimals,
 * rounding each tax and discount to two decimals half away from zero:
 *
 *   gross = round2(price × quantity); discount = round2(gross × discountRate / 100) or discountAmount
 *   base = gross − discount; each tax = round2(base × rate / 100); line total = base + taxes
 *   total = Σ line totals + surcharges − allowance discounts
 *
 * Excluded lines (`taxes: [{ isExcluded: true }]`) add no tax and their base is not taxable.
 * Self-withholdings and prepayments are reported but do not reduce the total (Factus's own examples
 * pay the full total despite a prepayment; factus-api.md §7 item 7).
 *
 * Price and quantity carry at most two decimals, so price × quantity may carry four; it is rounded
 * to two like every DIAN line amount. Invalid drafts (see invoice-rules.ts) still get totals: a
 * line with both discountRate and discountAmount uses the rate.
 */
export function computeDocumentTotals(draft: DocumentDraft): ComputedDocumentTotals {
  const lines = draft.items.map(computeLineTotals);
  const charges = draft.allowanceCharges ?? [];
  const surchargeAmount = sum(charges.filter((c) => c.isSurcharge).map((c) => c.amount));
  const allowanceAmount = sum(charges.filter((c) => !c.isSurcharge).map((c) => c.amount));
  const total = sum(lines.map((l) => l.total))
    .plus(surchargeAmount)
    .minus(allowanceAmount);
  const withholdings = groupWithholdings(lines);
  return {
    lines,
    grossAmount: sum(lines.map((l) => l.base)),
    taxableAmount: sum(lines.filter((l) => l.taxed).map((l) => l.base)),
    taxAmount: sum(lines.map((l) => l.taxAmount)),
    taxes: groupTaxes(lines),
    withholdings,
    withholdingAmount: sum(withholdings.map((w) => w.amount)),
    surchargeAmount,
    allowanceAmount,
    prepaymentAmount: sum((draft.prepaymentDetails ?? []).map((p) => p.amount)),
    total,
    payable: total,
  };
}

export function computeLineTotals(item: DocumentItem): LineTotals {
  const gross = round2(item.price.times(item.quantity));
  const discount = lineDiscount(item, gross);
  const base = gross.minus(discount);
  const taxes = item.taxes.filter(isTaxEntry).map((tax): LineTax => ({
    code: tax.code,
    rate: tax.rate,
    taxableAmount: base,
    taxAmount: percentOf(base, tax.rate),
  }));
  const taxAmount = sum(taxes.map((t) => t.taxAmount));
  const iva = sum(taxes.filter((t) => t.code === TAX_CODE.IVA).map((t) => t.taxAmount));
  const withholdings = (item.withholdingTaxes ?? []).map((w): LineWithholding => {
    const baseAmount = w.code === WITHHOLDING_CODE.RETE_IVA ? iva : base;
    return { code: w.code, rate: w.rate, baseAmount, amount: percentOf(baseAmount, w.rate) };
  });
  return {
    gross,
    discount,
    base,
    taxed: taxes.length > 0,
    taxes,
    taxAmount,
    withholdings,
    total: base.plus(taxAmount),
  };
}

function lineDiscount(item: DocumentItem, gross: Dec): Dec {
  if (item.discountRate !== undefined) return percentOf(gross, item.discountRate);
  return item.discountAmount ?? ZERO;
}

function percentOf(amount: Dec, rate: Dec): Dec {
  return round2(amount.times(rate).dividedBy(100));
}

export function isTaxEntry(tax: ItemTax): tax is Extract<ItemTax, { code: string }> {
  return tax.isExcluded !== true;
}

function groupTaxes(lines: readonly LineTotals[]): TaxTotal[] {
  const groups = new Map<string, TaxTotal>();
  for (const tax of lines.flatMap((l) => l.taxes)) {
    // Decimal's toString drops trailing zeros, so 19 and 19.00 are one group.
    const key = `${tax.code}|${tax.rate.toString()}`;
    const group = groups.get(key);
    if (group) {
      group.taxableAmount = group.taxableAmount.plus(tax.taxableAmount);
      group.taxAmount = group.taxAmount.plus(tax.taxAmount);
    } else {
      groups.set(key, { ...tax });
    }
  }
  return [...groups.values()];
}

function groupWithholdings(lines: readonly LineTotals[]): WithholdingTotal[] {
  const groups = new Map<string, WithholdingTotal>();
  for (const w of lines.flatMap((l) => l.withholdings)) {
    const group = groups.get(w.code);
    if (group) {
      group.baseAmount = group.baseAmount.plus(w.baseAmount);
      group.amount = group.amount.plus(w.amount);
    } else {
      groups.set(w.code, { code: w.code, baseAmount: w.baseAmount, amount: w.amount });
    }
  }
  return [...groups.values()];
}
