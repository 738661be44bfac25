import { round2 } from '../../../common/domain/decimal';
import type { DocumentItem, ItemTax } from '../document-draft';
import { isNitNumber } from '../nit-check-digit';
import { IDENTIFICATION_TYPE, nitFormatMessage } from './customer-rules';
import type { RuleContext } from './rule-context';

const MANDATES = '11';
const SCHEME_OWN_INCOME = '0';
const SCHEME_THIRD_PARTY = '1';

export function checkItems(
  items: readonly DocumentItem[],
  operationType: string | undefined,
  ctx: RuleContext,
): void {
  if (items.length === 0) ctx.report('items', 'an invoice needs at least one item');
  items.forEach((item, i) => checkItem(item, `items[${i}]`, operationType, ctx));
}

function checkItem(
  item: DocumentItem,
  at: string,
  operationType: string | undefined,
  ctx: RuleContext,
): void {
  if (!item.quantity.greaterThan(0)) {
    ctx.report(
      `${at}.quantity`,
      `quantity must be greater than 0 (got ${item.quantity.toString()})`,
    );
  } else {
    ctx.checkTwoDecimals(`${at}.quantity`, item.quantity);
  }
  ctx.checkAmount(`${at}.price`, item.price);
  checkDiscount(item, at, ctx);
  ctx.checkCode(
    `${at}.unitMeasureCode`,
    item.unitMeasureCode,
    'unit-measures',
    'a unit of measure',
  );
  ctx.checkCode(
    `${at}.standardCode`,
    item.standardCode,
    'product-standards',
    'a product identification standard',
  );
  checkTaxes(item.taxes, at, ctx);
  checkWithholdings(item, at, ctx);
  if (operationType === MANDATES) checkMandate(item, at, ctx);
}

function checkDiscount(item: DocumentItem, at: string, ctx: RuleContext): void {
  const { discountRate, discountAmount } = item;
  if (discountRate !== undefined && discountAmount !== undefined) {
    ctx.report(`${at}.discountAmount`, 'send discountRate or discountAmount, not both');
  }
  if (discountRate !== undefined) ctx.checkPercent(`${at}.discountRate`, discountRate);
  if (discountAmount !== undefined) {
    const gross = round2(item.price.times(item.quantity));
    if (discountAmount.greaterThan(gross) && gross.greaterThanOrEqualTo(0)) {
      ctx.report(
        `${at}.discountAmount`,
        `discountAmount ${discountAmount.toFixed(2)} is more than the line's price × quantity (${gross.toFixed(2)})`,
      );
    } else {
      ctx.checkAmount(`${at}.discountAmount`, discountAmount);
    }
  }
}

/**
 * Factus v2 wants either tax entries ({ code, rate }) or a single { isExcluded: true } for an item
 * excluded from IVA; "no taxes" is not expressible (factus-api.md §3.3).
 */
function checkTaxes(taxes: readonly ItemTax[], at: string, ctx: RuleContext): void {
  if (taxes.length === 0) {
    ctx.report(
      `${at}.taxes`,
      'an item needs its taxes: tax entries { code, rate }, or [{ isExcluded: true }] for an excluded item',
    );
    return;
  }
  if (taxes.some((t) => t.isExcluded === true) && taxes.length > 1) {
    ctx.report(
      `${at}.taxes`,
      'an excluded item has exactly one tax entry, { isExcluded: true }, and no other',
    );
    return;
  }
  const seen = new Set<string>();
  taxes.forEach((tax, j) => {
    if (tax.isExcluded === true) return;
    const field = `${at}.taxes[${j}]`;
    if (ctx.checkCode(`${field}.code`, tax.code, 'taxes', 'an item tax')) {
      if (seen.has(tax.code))
        ctx.report(`${field}.code`, `tax ${tax.code} appears more than once on this item`);
      seen.add(tax.code);
    }
    ctx.checkPercent(`${field}.rate`, tax.rate);
  });
}

function checkWithholdings(item: DocumentItem, at: string, ctx: RuleContext): void {
  const seen = new Set<string>();
  (item.withholdingTaxes ?? []).forEach((withholding, j) => {
    const field = `${at}.withholdingTaxes[${j}]`;
    if (ctx.checkCode(`${field}.code`, withholding.code, 'withholdings', 'a self-withholding')) {
      if (seen.has(withholding.code)) {
        ctx.report(
          `${field}.code`,
          `withholding ${withholding.code} appears more than once on this item`,
        );
      }
      seen.add(withholding.code);
    }
    ctx.checkPercent(`${field}.rate`, withholding.rate);
  });
}

/** Mandates (operation 11): each item says whose income it is, and third-party income names the principal. */
function checkMandate(item: DocumentItem, at: string, ctx: RuleContext): void {
  if (item.schemeId === undefined) {
    ctx.report(
      `${at}.schemeId`,
      'schemeId is required for mandates (operationType 11): 0 own income, 1 third-party income',
    );
    return;
  }
  if (item.schemeId !== SCHEME_OWN_INCOME && item.schemeId !== SCHEME_THIRD_PARTY) {
    ctx.report(
      `${at}.schemeId`,
      `'${item.schemeId}' is not a scheme; use 0 (own income) or 1 (third-party income)`,
    );
    return;
  }
  if (item.schemeId !== SCHEME_THIRD_PARTY) return;
  if (item.mandate === undefined) {
    ctx.report(
      `${at}.mandate`,
      "mandate (the principal's identification) is required when schemeId is 1 (third-party income)",
    );
    return;
  }
  const { identificationDocumentCode, identification } = item.mandate;
  ctx.checkCode(
    `${at}.mandate.identificationDocumentCode`,
    identificationDocumentCode,
    'identification-document-types',
    'an identification document type',
  );
  if (identificationDocumentCode === IDENTIFICATION_TYPE.NIT && !isNitNumber(identification)) {
    ctx.report(`${at}.mandate.identification`, nitFormatMessage(identification, false));
  }
}
