import type { DocumentDraft } from '../document-draft';
import type { RuleContext } from './rule-context';

const CONTINGENCY_INSTRUMENT = '03';
const INVOICE_CURRENCY = 'COP';
/** v2 facturas/crear-y-validar and notas-credito/crear-y-validar: at most 500 characters. */
export const MAX_OBSERVATION_LENGTH = 500;

/**
 * Sector invoices need blocks this service does not model yet, so they are refused here rather
 * than sent to Factus without the data it requires (v2 facturas/tipos-de-factura/transporte and
 * ss-*): transport (12) needs `items.*.additional_properties` (code, value, and quantity and unit
 * measure with code 03); the health sector (SS-*) needs the `health` block, its `beneficiary`,
 * and for SS-Recaudo `items.*.collection_concept_code` and `prepayment_details.*.concept_code`.
 */
function checkModelledOperationType(operationType: string, ctx: RuleContext): void {
  if (operationType === TRANSPORT) {
    ctx.report(
      'operationType',
      'transport invoices (operation type 12) need items[].additionalProperties (code, value, and quantity and unit measure for code 03), which this service does not support yet; send them through Factus directly',
    );
  } else if (operationType.startsWith(HEALTH_SECTOR_PREFIX)) {
    ctx.report(
      'operationType',
      `health-sector invoices (${operationType}) need the health block with its beneficiary (and collection concepts for SS-Recaudo), which this service does not support yet; send them through Factus directly`,
    );
  }
}

const TRANSPORT = '12';
const HEALTH_SECTOR_PREFIX = 'SS-';

/** The invoice-level codes, dates and conditional blocks (everything but customer, items, payments). */
export function checkDocument(
  draft: DocumentDraft,
  ctx: RuleContext,
  maxObservationLength = MAX_OBSERVATION_LENGTH,
): void {
  if (draft.document !== undefined) {
    ctx.checkCode('document', draft.document, 'document-types', 'an invoice document type');
  }
  if (
    draft.operationType !== undefined &&
    ctx.checkCode('operationType', draft.operationType, 'operation-types', 'an operation type')
  ) {
    checkModelledOperationType(draft.operationType, ctx);
  }
  if (draft.createdTime !== undefined) ctx.checkTime('createdTime', draft.createdTime);
  if (draft.observation !== undefined && draft.observation.length > maxObservationLength) {
    ctx.report(
      'observation',
      `observation has ${draft.observation.length} characters; the limit is ${maxObservationLength}`,
    );
  }
  checkRelatedDocuments(draft, ctx);
  checkBillingPeriod(draft, ctx);
  checkCurrency(draft, ctx);
  if (draft.establishment !== undefined) {
    ctx.checkCode(
      'establishment.municipalityCode',
      draft.establishment.municipalityCode,
      'municipalities',
      'a DIVIPOLA municipality',
    );
  }
  if (draft.orderReference?.issueDate !== undefined) {
    ctx.checkDate('orderReference.issueDate', draft.orderReference.issueDate);
  }
  (draft.prepaymentDetails ?? []).forEach((prepayment, i) => {
    ctx.checkDate(`prepaymentDetails[${i}].receivedDate`, prepayment.receivedDate);
    ctx.checkAmount(`prepaymentDetails[${i}].amount`, prepayment.amount);
  });
  checkAllowanceCharges(draft, ctx);
}

/** A contingency instrument (document 03) stands for documents issued while DIAN was down. */
function checkRelatedDocuments(draft: DocumentDraft, ctx: RuleContext): void {
  const related = draft.relatedDocuments ?? [];
  if (draft.document === CONTINGENCY_INSTRUMENT && related.length === 0) {
    ctx.report(
      'relatedDocuments',
      'relatedDocuments is required when document is 03 (contingency transmission instrument)',
    );
  }
  related.forEach((doc, i) => ctx.checkDate(`relatedDocuments[${i}].issueDate`, doc.issueDate));
}

/** Factus refuses a period that ends the day it starts ("fecha posterior a fecha de inicio"). */
function checkBillingPeriod(draft: DocumentDraft, ctx: RuleContext): void {
  const period = draft.billingPeriod;
  if (period === undefined) return;
  const startOk = ctx.checkDate('billingPeriod.startDate', period.startDate);
  const endOk = ctx.checkDate('billingPeriod.endDate', period.endDate);
  if (period.startTime !== undefined) ctx.checkTime('billingPeriod.startTime', period.startTime);
  if (period.endTime !== undefined) ctx.checkTime('billingPeriod.endTime', period.endTime);
  if (startOk && endOk && period.endDate <= period.startDate) {
    ctx.report(
      'billingPeriod.endDate',
      `endDate ${period.endDate} must be after startDate ${period.startDate}`,
    );
  }
}

/** `currency` only shows a foreign currency on the graphic representation; the invoice stays in COP. */
function checkCurrency(draft: DocumentDraft, ctx: RuleContext): void {
  const currency = draft.currency;
  if (currency === undefined) return;
  // The request type makes both members required; checked again because Factus refuses one
  // without the other and the draft may come from elsewhere than the DTO.
  const type = currency.type as string | undefined;
  const exchangeRate = currency.exchangeRate as typeof currency.exchangeRate | undefined;
  if (type === undefined) {
    ctx.report('currency.type', 'currency.type is required with currency.exchangeRate');
  } else if (type === INVOICE_CURRENCY) {
    ctx.report(
      'currency.type',
      "'COP' is the invoice's own currency; currency is only for showing a foreign one (omit it)",
    );
  } else {
    ctx.checkCode('currency.type', type, 'currencies', 'a currency (ISO 4217)');
  }
  if (exchangeRate === undefined) {
    ctx.report('currency.exchangeRate', 'currency.exchangeRate is required with currency.type');
  } else if (!exchangeRate.greaterThan(0)) {
    ctx.report(
      'currency.exchangeRate',
      `exchangeRate must be greater than 0 (got ${exchangeRate.toString()})`,
    );
  }
}

function checkAllowanceCharges(draft: DocumentDraft, ctx: RuleContext): void {
  (draft.allowanceCharges ?? []).forEach((charge, i) => {
    const at = `allowanceCharges[${i}]`;
    const concepts = ctx.catalog.table('allowance-charge-concepts');
    const announced = concepts.announcedOnly(charge.conceptType);
    if (announced) {
      ctx.report(
        `${at}.conceptType`,
        `'${charge.conceptType}' (${announced.name}) is not available in Factus yet; ${ctx.hint('allowance-charge-concepts')}`,
      );
    } else {
      ctx.checkCode(
        `${at}.conceptType`,
        charge.conceptType,
        'allowance-charge-concepts',
        'an allowance/charge concept',
      );
    }
    ctx.checkAmount(`${at}.baseAmount`, charge.baseAmount);
    ctx.checkAmount(`${at}.amount`, charge.amount);
  });
}
