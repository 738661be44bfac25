import {
  codeName,
  STANDARD_CODES,
  TAX_TRIBUTES,
  UNIT_MEASURES,
  WITHHOLDING_TRIBUTES,
} from '../catalogs/dian-codes';
import type { BillRequest } from './bill-request';
import type { StoredDocument } from './bill-store';
import type { LineTax } from './bill-totals';
import { amount } from './money';

export function itemsView(request: BillRequest, bill: StoredDocument) {
  return request.items.map((item, index) => {
    const line = bill.totals.lines[index];
    const taxes = item.taxes.some((t) => t.excluded)
      ? [
          {
            tribute: codeName(TAX_TRIBUTES, '01'),
            is_excluded: true,
            rates: [{ taxable_amount: '0.00', tax_amount: '0.00', rate: '0.00' }],
          },
        ]
      : [];
    return {
      code_reference: item.codeReference,
      name: item.name,
      quantity: amount(item.quantity),
      unit_measure: codeName(UNIT_MEASURES, item.unitMeasureCode),
      standard_code: codeName(STANDARD_CODES, item.standardCode),
      discount_rate: amount(line.discountRate),
      discount: amount(line.discount),
      gross_value: amount(line.base),
      price: amount(item.price),
      total: amount(line.total),
      note: item.note,
      scheme_id: null,
      collection_concept: null,
      mandate: null,
      additional_properties: [],
      taxes: [...line.taxes.map((tax) => taxView(tax.code, [tax])), ...taxes],
      // Assumption: the v2 response tables document `data.items.*.withholding_taxes` only as an
      // array (empty when nothing is withheld), not its entries. They mirror `taxes.*` (tribute
      // {code, name} and rates with two-decimal strings) without `is_excluded`, which has no
      // meaning for a withholding; the names are DIAN's short ones (05 ReteIVA, 06 ReteRenta),
      // as `taxes.*.tribute.name` answers "IVA" rather than the reference table's description.
      withholding_taxes: line.withholdings.map((w) => ({
        tribute: codeName(WITHHOLDING_TRIBUTES, w.code),
        rates: [
          {
            taxable_amount: amount(w.taxableAmount),
            tax_amount: amount(w.amount),
            rate: amount(w.rate),
          },
        ],
      })),
    };
  });
}

export function taxView(code: string, rates: LineTax[]) {
  return {
    tribute: codeName(TAX_TRIBUTES, code),
    is_excluded: false,
    rates: rates.map((r) => ({
      taxable_amount: amount(r.taxableAmount),
      tax_amount: amount(r.taxAmount),
      rate: amount(r.rate),
    })),
  };
}
