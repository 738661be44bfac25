import {
  COUNTRIES,
  LEGAL_ORGANIZATIONS,
  municipality,
  NIT_DOCUMENT_CODE,
} from '../catalogs/dian-codes';
import { msg, ValidationErrors } from '../core/laravel-validation';
import type { CustomerRequest, ItemRequest } from './bill-request';
import type { NoteDetails, StoredDocument } from './bill-store';
import { billTotals } from './bill-totals';
import {
  CASH_ROUNDING_LIMIT,
  chooseRange,
  DocumentValidation,
  ValidationContext,
} from './bill-validation';
import { readEstablishment } from './customer-validation';
import type { DocumentKind, SupportRules } from './document-kind';
import { readPaymentDetails } from './document-block-validation';
import { FieldReader, JsonObject } from './field-reader';
import { readItems } from './item-validation';
import { amount, sum, ZERO } from './money';
import { nitCheckDigit } from './nit-check-digit';
import {
  GENERATION_MODES,
  PROVIDER_IDENTIFICATION_DOCUMENTS,
  SUPPORT_DOCUMENT_TAX,
} from './support-codes';

/**
 * The field validation Factus runs on `POST /v2/support-documents/validate` and
 * `/v2/adjustment-notes/validate` (documentos-soporte/crear-validar,
 * notas-ajuste-documentos-soporte/crear-validar; factus-api.md §2.5, §2.6):
 * - the fields of a bill that these pages list (reference, range of document 24 / 25, created
 *   time, observation ≤ 500, payments, cash rounding, establishment (support documents only),
 *   items with withholdings);
 * - `provider` instead of `customer`: an identification type of the support-document table
 *   (21, 22, 31, 41, 42, 47, 50), `identification`, `names`, `address` and `country_code`
 *   required, the NIT check digit checked or computed, `municipality_code` read only for a
 *   provider in Colombia (as for a customer: ignored for one abroad);
 * - item taxes: only IVA `01` (or `is_excluded`); `items.*.period` (generation mode, start date)
 *   on a support document only;
 * - adjustment notes: `correction_concept_code` 1–5 and `support_document_number` naming a
 *   support document of the company that DIAN has validated.
 * Assumption: the pages give no defaults for the provider; those of a customer apply
 * (legal organization 2, tribute ZZ, responsibilities R-99-PN, as the adjustment-note answer shows).
 */
export function validateSupportKind(
  kind: DocumentKind,
  rules: SupportRules,
  body: unknown,
  context: ValidationContext,
): DocumentValidation {
  const errors = new ValidationErrors();
  const f = new FieldReader(errors);
  const root: JsonObject = f.isObject(body) ? body : {};

  const referenceCode = f.string(root, 'reference_code', 'reference_code', { required: true });
  const header = rules.correctionConcepts ? readAdjustmentHeader(f, root, rules, context) : null;
  const range = chooseRange(f, root, context.ranges, kind);
  const observation =
    f.string(root, 'observation', 'observation', { max: kind.observationMax }) ?? null;
  const createdTime = f.time(root, 'created_time', 'created_time');
  const paymentDetails = readPaymentDetails(f, root, context.today);
  const cashRoundingAmount =
    f.money(root, 'cash_rounding_amount', 'cash_rounding_amount', {
      min: -CASH_ROUNDING_LIMIT,
      max: CASH_ROUNDING_LIMIT,
    }) ?? ZERO;
  // The adjustment-note pages list neither `establishment` nor `items.*.period`. Assumption: as
  // Laravel does with fields its rules do not name, Factus ignores them on a note.
  const isNote = rules.correctionConcepts !== null;
  const establishment = isNote ? null : readEstablishment(f, root);
  const provider = readProvider(f, root);
  const items = readItems(f, root);
  if (items) onlyIva(f, items);
  if (!isNote) readPeriods(f, root, context.today);

  if (
    !errors.isEmpty ||
    referenceCode === undefined ||
    range === undefined ||
    provider === undefined ||
    items === undefined ||
    paymentDetails === undefined ||
    (header !== null && header.correctionConceptCode === undefined)
  ) {
    return { ok: false, errors: errors.toJSON() };
  }

  const totals = billTotals({ items, allowanceCharges: [], prepaymentDetails: [] });
  const paid = sum(paymentDetails.map((p) => p.amount));
  const expected = totals.total.plus(cashRoundingAmount);
  if (!paid.eq(expected)) {
    errors.add(
      'payment_details',
      `La suma de los montos de payment_details (${amount(paid)}) debe ser igual al total del ` +
        `${kind.noun.toLowerCase()} (${amount(totals.total)}) más cash_rounding_amount (${amount(cashRoundingAmount)}): ${amount(expected)}.`,
    );
    return { ok: false, errors: errors.toJSON() };
  }

  const note: NoteDetails | null = header?.supportDocument
    ? {
        correctionConceptCode: header.correctionConceptCode ?? '',
        bill: {
          number: header.supportDocument.number,
          cufe: header.supportDocument.uniqueCode,
          issueDate: header.supportDocument.issueDate,
          referenceCode: header.supportDocument.referenceCode,
        },
      }
    : null;
  return {
    ok: true,
    range,
    totals,
    note,
    request: {
      referenceCode,
      document: rules.documentType,
      numberingRangeId: range.id,
      // Assumption: no operation type is documented for these documents; 10 (standard) is kept.
      operationType: '10',
      observation,
      sendEmail: false,
      createdTime,
      paymentDetails,
      cashRoundingAmount,
      prepaymentDetails: [],
      currency: null,
      orderReference: null,
      billingPeriod: null,
      relatedDocuments: [],
      establishment,
      customer: provider,
      items,
      allowanceCharges: [],
    },
  };
}

interface AdjustmentHeader {
  correctionConceptCode?: string;
  supportDocument: StoredDocument | null;
}

function readAdjustmentHeader(
  f: FieldReader,
  root: JsonObject,
  rules: SupportRules,
  context: ValidationContext,
): AdjustmentHeader {
  const correctionConceptCode = f.code(
    root,
    'correction_concept_code',
    'correction_concept_code',
    rules.correctionConcepts ?? {},
    { required: true },
  );
  const header: AdjustmentHeader = { correctionConceptCode, supportDocument: null };
  const number = f.string(root, 'support_document_number', 'support_document_number', {
    required: true,
  });
  if (number === undefined) return header;
  const document = context.findSupportDocument?.(number);
  if (!document) {
    f.errors.add('support_document_number', msg.invalid('support_document_number'));
  } else if (document.status !== 'validated') {
    f.errors.add(
      'support_document_number',
      `El documento soporte ${document.number} del campo support_document_number no ha sido validado por la DIAN.`,
    );
  } else {
    header.supportDocument = document;
  }
  return header;
}

/** The provider, validated and completed as a customer would be (the stored party). */
function readProvider(f: FieldReader, root: JsonObject): CustomerRequest | undefined {
  const p = f.object(root, 'provider', 'provider', { required: true });
  if (!p) return undefined;
  const documentCode = f.code(
    p,
    'identification_document_code',
    'provider.identification_document_code',
    PROVIDER_IDENTIFICATION_DOCUMENTS,
    { required: true },
  );
  const identification = f.string(p, 'identification', 'provider.identification', {
    required: true,
  });
  let dv: string | null = null;
  if (documentCode === NIT_DOCUMENT_CODE && identification !== undefined) {
    const sent = f.string(p, 'dv', 'provider.dv');
    if (!/^\d{1,15}$/.test(identification)) {
      f.errors.add('provider.identification', msg.numeric('provider.identification'));
    } else {
      const expected = String(nitCheckDigit(identification));
      if (sent !== undefined && sent !== expected) {
        f.errors.add('provider.dv', msg.invalid('provider.dv'));
      }
      dv = expected;
    }
  }
  const names = f.string(p, 'names', 'provider.names', { required: true });
  const address = f.string(p, 'address', 'provider.address', { required: true });
  const countryCode = f.code(p, 'country_code', 'provider.country_code', COUNTRIES, {
    required: true,
  });
  let municipalityCode: string | null = null;
  if (countryCode === 'CO') {
    const code = f.string(p, 'municipality_code', 'provider.municipality_code');
    if (code !== undefined && !municipality(code)) {
      f.errors.add('provider.municipality_code', msg.invalid('provider.municipality_code'));
    } else {
      municipalityCode = code ?? null;
    }
  }
  const legalOrganizationCode =
    f.code(p, 'legal_organization_code', 'provider.legal_organization_code', LEGAL_ORGANIZATIONS) ??
    '2';
  const tradeName = f.string(p, 'trade_name', 'provider.trade_name') ?? null;
  const email = f.email(p, 'email', 'provider.email') ?? null;
  const phone = f.string(p, 'phone', 'provider.phone') ?? null;
  if (!documentCode || !identification || !names || !address || !countryCode) return undefined;
  return {
    identificationDocumentCode: documentCode,
    identification,
    dv,
    company: null,
    tradeName,
    names,
    address,
    email,
    phone,
    legalOrganizationCode,
    tributeCode: 'ZZ',
    countryCode,
    municipalityCode,
    responsibilities: ['R-99-PN'],
  };
}

/** "puede ser como máximo 6 días antes de la fecha actual". */
const MAX_ACCUMULATION_DAYS = 6;

/**
 * `items.*.period` (descripcion-de-campos, newest): `generation_mode` 1 (per operation) or 2
 * (weekly accumulation); `start_date` required with 2, at most 6 days before today, ignored with
 * 1. Assumption: a start date after today is refused too, and the answer does not echo the period.
 */
function readPeriods(f: FieldReader, root: JsonObject, today: string): void {
  const items = Array.isArray(root.items) ? root.items : [];
  items.forEach((entry, i) => {
    if (!f.isObject(entry) || !f.present(entry.period)) return;
    const at = `items.${i}.period`;
    const period = f.object(entry, 'period', at);
    if (!period) return;
    const mode = f.code(period, 'generation_mode', `${at}.generation_mode`, GENERATION_MODES, {
      required: true,
    });
    if (mode !== '2') return;
    const startDate = f.date(period, 'start_date', `${at}.start_date`);
    if (startDate === undefined) {
      if (!f.errors.has(`${at}.start_date`)) {
        f.errors.add(
          `${at}.start_date`,
          msg.requiredIf(`${at}.start_date`, `${at}.generation_mode`, '2'),
        );
      }
      return;
    }
    const daysBack = Math.round(
      (Date.parse(`${today}T00:00:00Z`) - Date.parse(`${startDate}T00:00:00Z`)) / 86_400_000,
    );
    if (daysBack < 0 || daysBack > MAX_ACCUMULATION_DAYS) {
      f.errors.add(
        `${at}.start_date`,
        `El campo ${at}.start_date debe estar entre los ${MAX_ACCUMULATION_DAYS} días anteriores y la fecha actual.`,
      );
    }
  });
}

function onlyIva(f: FieldReader, items: ItemRequest[]): void {
  items.forEach((item, i) =>
    item.taxes.forEach((tax, j) => {
      if (!tax.excluded && tax.code !== SUPPORT_DOCUMENT_TAX) {
        f.errors.add(
          `items.${i}.taxes.${j}.code`,
          `El campo items.${i}.taxes.${j}.code debe ser ${SUPPORT_DOCUMENT_TAX} (IVA) en un documento soporte.`,
        );
      }
    }),
  );
}
