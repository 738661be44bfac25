import {
  ALLOWANCE_CONCEPTS,
  IVA,
  STANDARD_CODES,
  TAX_TRIBUTES,
  UNIT_MEASURES,
  WITHHOLDING_TRIBUTES,
} from '../catalogs/dian-codes';
import type { AllowanceChargeRequest, ItemRequest, TaxRequest } from './bill-request';
import type { FieldReader, JsonObject } from './field-reader';
import { amount } from './money';

/*
 * Validation of a v2 document's lines (`items`, their `taxes` and `withholding_taxes`) and of
 * its invoice-level `allowance_charges`: required fields, codes from the DIAN tables, amounts with
 * at most two decimals.
 */

export function readItems(f: FieldReader, root: JsonObject): ItemRequest[] | undefined {
  const list = f.array(root, 'items', 'items', { required: true, nonEmpty: true });
  const items: ItemRequest[] = [];
  for (const [entry, i] of f.elements(list)) {
    const p = `items.${i}`;
    const codeReference = f.string(entry, 'code_reference', `${p}.code_reference`, {
      required: true,
    });
    const name = f.string(entry, 'name', `${p}.name`, { required: true });
    const quantity = f.money(entry, 'quantity', `${p}.quantity`, {
      required: true,
      positive: true,
    });
    const price = f.money(entry, 'price', `${p}.price`, { required: true, min: 0 });
    const discountRate =
      f.money(entry, 'discount_rate', `${p}.discount_rate`, { min: 0, max: 100 }) ?? null;
    let discountAmount =
      f.money(entry, 'discount_amount', `${p}.discount_amount`, { min: 0 }) ?? null;
    if (discountAmount?.gt(0) && discountRate?.gt(0)) {
      f.errors.add(
        `${p}.discount_amount`,
        `El campo ${p}.discount_amount no debe enviarse junto con ${p}.discount_rate.`,
      );
      discountAmount = null;
    } else if (discountAmount && price && quantity && discountAmount.gt(price.times(quantity))) {
      f.errors.add(
        `${p}.discount_amount`,
        `El campo ${p}.discount_amount no debe ser mayor que ${amount(price.times(quantity))}.`,
      );
    }
    const unitMeasureCode = f.code(
      entry,
      'unit_measure_code',
      `${p}.unit_measure_code`,
      UNIT_MEASURES,
      {
        required: true,
      },
    );
    const standardCode = f.code(entry, 'standard_code', `${p}.standard_code`, STANDARD_CODES, {
      required: true,
    });
    const taxes = readTaxes(f, entry, p);
    const withholdingTaxes = readWithholdings(f, entry, p);
    const note = f.string(entry, 'note', `${p}.note`) ?? null;
    if (codeReference && name && quantity && price && unitMeasureCode && standardCode && taxes) {
      items.push({
        codeReference,
        name,
        quantity,
        discountRate,
        discountAmount,
        price,
        unitMeasureCode,
        standardCode,
        taxes,
        withholdingTaxes,
        note,
      });
    }
  }
  return list ? items : undefined;
}

/**
 * `taxes` is mandatory and non-empty: each entry is `{code, rate}` or `{is_excluded: true}`
 * (`{is_excluded: false}` alone asks for code and rate, as observed in the v2 sandbox).
 */
function readTaxes(f: FieldReader, item: JsonObject, p: string): TaxRequest[] | undefined {
  const list = f.array(item, 'taxes', `${p}.taxes`, { required: true, nonEmpty: true });
  if (!list) return undefined;
  const taxes: TaxRequest[] = [];
  for (const [entry, j] of f.elements(list)) {
    const t = `${p}.taxes.${j}`;
    if (f.boolean(entry, 'is_excluded', `${t}.is_excluded`) === true) {
      const code = entry.code;
      if (f.present(code) && (typeof code !== 'string' || code.trim() !== IVA)) {
        f.errors.add(`${t}.code`, 'El impuesto excluido solo puede ser aplicado al IVA');
      }
      taxes.push({ excluded: true });
      continue;
    }
    const code = f.code(entry, 'code', `${t}.code`, TAX_TRIBUTES, { required: true });
    const rate = f.money(entry, 'rate', `${t}.rate`, { required: true, min: 0, max: 100 });
    if (code && rate) taxes.push({ excluded: false, code, rate });
  }
  return taxes.length === list.length ? taxes : undefined;
}

function readWithholdings(
  f: FieldReader,
  item: JsonObject,
  p: string,
): ItemRequest['withholdingTaxes'] {
  const list = f.array(item, 'withholding_taxes', `${p}.withholding_taxes`);
  const result: ItemRequest['withholdingTaxes'] = [];
  for (const [entry, j] of f.elements(list)) {
    const w = `${p}.withholding_taxes.${j}`;
    const code = f.code(entry, 'code', `${w}.code`, WITHHOLDING_TRIBUTES, { required: true });
    // Documented: `code` (05 or 06) and `rate`, a percentage with at most two decimals, both
    // required. Assumption: the 0..100 bounds, which the docs do not state.
    const rate = f.money(entry, 'rate', `${w}.rate`, { required: true, min: 0, max: 100 });
    if (code && rate) result.push({ code, rate });
  }
  return result;
}

export function readAllowanceCharges(f: FieldReader, root: JsonObject): AllowanceChargeRequest[] {
  const list = f.array(root, 'allowance_charges', 'allowance_charges');
  const result: AllowanceChargeRequest[] = [];
  for (const [entry, i] of f.elements(list)) {
    const p = `allowance_charges.${i}`;
    const conceptType = f.code(entry, 'concept_type', `${p}.concept_type`, ALLOWANCE_CONCEPTS, {
      required: true,
    });
    const isSurcharge = f.boolean(entry, 'is_surcharge', `${p}.is_surcharge`, { required: true });
    const reason = f.string(entry, 'reason', `${p}.reason`, { required: true });
    const baseAmount = f.money(entry, 'base_amount', `${p}.base_amount`, {
      required: true,
      min: 0,
    });
    const charge = f.money(entry, 'amount', `${p}.amount`, { required: true, min: 0 });
    if (conceptType && isSurcharge !== undefined && reason && baseAmount && charge) {
      result.push({ conceptType, isSurcharge, reason, baseAmount, amount: charge });
    }
  }
  return result;
}
