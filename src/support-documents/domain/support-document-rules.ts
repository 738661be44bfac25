import type { DianCatalog } from '../../catalogs/domain/dian-catalog';
import type { FieldError } from '../../common/errors/domain-error';
import type { DocumentDraft } from '../../documents/domain/document-draft';
import {
  validateDocumentDraft,
  type DocumentValidationResult,
} from '../../documents/domain/document-rules';
import { isTaxEntry } from '../../documents/domain/document-totals';
import { isNitNumber, NIT_MAX_DIGITS, nitCheckDigit } from '../../documents/domain/nit-check-digit';
import { isCalendarDate } from '../../documents/domain/calendar-date';
import type {
  AdjustmentNoteDraft,
  ItemPeriod,
  Provider,
  SupportDocumentDraft,
} from './support-document-draft';

/**
 * The identification types a provider may have (tablas-de-referencia: "tipos de documentos de
 * identidad para documentos soporte y notas de ajuste"; factus-api.md §2.5, §3.6).
 */
export const PROVIDER_IDENTIFICATION_TYPES: Readonly<Record<string, string>> = {
  '21': 'Tarjeta de extranjería',
  '22': 'Cédula de extranjería',
  '31': 'NIT',
  '41': 'Pasaporte',
  '42': 'Documento de identificación extranjero',
  '47': 'PEP',
  '50': 'NIT otro país',
};

/** Why an adjustment note corrects a support document (tablas-de-referencia: "Motivos para la generación de Notas de Ajuste"). */
export const ADJUSTMENT_NOTE_CORRECTION_CONCEPTS: Readonly<Record<string, string>> = {
  '1': 'Devolución parcial de los bienes y/o no aceptación parcial del servicio',
  '2': 'Anulación del documento soporte en adquisiciones efectuadas a sujetos no obligados a expedir factura de venta o documento equivalente',
  '3': 'Rebaja o descuento parcial o total',
  '4': 'Ajuste de precio',
  '5': 'Otros',
};

/** The v2 pages: "para documento soporte debe ser `01`" (IVA); an item may instead be excluded. */
export const SUPPORT_DOCUMENT_TAX = '01';

/**
 * 500 characters: "No debe tener más de 500 caracteres" on the crear-validar and descripcion-de-campos
 * pages of both documents (an older snapshot of the support-document create page said 250).
 */
export const SUPPORT_MAX_OBSERVATION_LENGTH = 500;

const NIT = '31';
const COLOMBIA = 'CO';

export interface SupportValidationContext {
  today: string;
  catalog: DianCatalog;
}

export interface SupportValidationResult extends Omit<DocumentValidationResult, 'customerDv'> {
  /** The provider's NIT check digit to send, when the provider is a NIT (computed or right). */
  providerDv?: string;
}

/**
 * A support document's rules: every sales-document rule that applies (codes, items, withholdings,
 * payments that add up to the total), only IVA on the lines, and the provider's own: an
 * identification type of the support-document table, the NIT check digit, a known country and a
 * municipality only for a provider in Colombia.
 */
export function validateSupportDocumentDraft(
  draft: SupportDocumentDraft,
  context: SupportValidationContext,
): SupportValidationResult {
  const { provider, ...rest } = draft;
  const asDocument: DocumentDraft = rest;
  const result = validateDocumentDraft(asDocument, {
    ...context,
    maxObservationLength: SUPPORT_MAX_OBSERVATION_LENGTH,
  });
  const errors: FieldError[] = [
    ...result.errors,
    ...onlyIva(draft),
    ...draft.items.flatMap((item, i) =>
      checkPeriod(item.period, `items[${i}].period`, context.today),
    ),
  ];
  const providerDv = checkProvider(provider, context.catalog, errors);
  return {
    errors,
    totals: result.totals,
    ...(providerDv !== undefined ? { providerDv } : {}),
  };
}

/** A support document's rules plus the note's: a correction concept 1–5. */
export function validateAdjustmentNoteDraft(
  draft: AdjustmentNoteDraft,
  context: SupportValidationContext,
): SupportValidationResult {
  const { supportDocumentNumber: _number, correctionConceptCode, ...document } = draft;
  const result = validateSupportDocumentDraft(document, context);
  if (!Object.hasOwn(ADJUSTMENT_NOTE_CORRECTION_CONCEPTS, correctionConceptCode)) {
    result.errors.push({
      field: 'correctionConceptCode',
      message: `'${correctionConceptCode}' is not an adjustment note correction concept; use one of ${Object.keys(ADJUSTMENT_NOTE_CORRECTION_CONCEPTS).join(', ')}`,
    });
  }
  return result;
}

/** Generation mode 2 (weekly accumulation) may go back at most this many days. */
export const MAX_ACCUMULATION_DAYS = 6;

function checkPeriod(period: ItemPeriod | undefined, at: string, today: string): FieldError[] {
  if (period === undefined) return [];
  if (period.generationMode === '1') return [];
  if (period.generationMode !== '2') {
    return [
      {
        field: `${at}.generationMode`,
        message: `'${period.generationMode}' is not a generation mode; use 1 (per operation) or 2 (weekly accumulation)`,
      },
    ];
  }
  if (period.startDate === undefined) {
    return [
      {
        field: `${at}.startDate`,
        message: 'startDate is required when generationMode is 2 (weekly accumulation)',
      },
    ];
  }
  if (!isCalendarDate(period.startDate)) {
    return [
      {
        field: `${at}.startDate`,
        message: `'${period.startDate}' is not a calendar date in the form YYYY-MM-DD`,
      },
    ];
  }
  const daysBack = daysBetween(period.startDate, today);
  if (daysBack < 0 || daysBack > MAX_ACCUMULATION_DAYS) {
    return [
      {
        field: `${at}.startDate`,
        message: `startDate ${period.startDate} must be between ${MAX_ACCUMULATION_DAYS} days before today and today (${today})`,
      },
    ];
  }
  return [];
}

/** Whole days from `from` to `to`, both `YYYY-MM-DD`. */
function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

function onlyIva(draft: SupportDocumentDraft): FieldError[] {
  return draft.items.flatMap((item, i) =>
    item.taxes.flatMap((tax, j) =>
      isTaxEntry(tax) && tax.code !== SUPPORT_DOCUMENT_TAX
        ? [
            {
              field: `items[${i}].taxes[${j}].code`,
              message: `'${tax.code}' is not a support document tax; the lines of a support document take only IVA (01), or isExcluded`,
            },
          ]
        : [],
    ),
  );
}

function checkProvider(
  provider: Provider,
  catalog: DianCatalog,
  errors: FieldError[],
): string | undefined {
  const report = (field: string, message: string) =>
    errors.push({ field: `provider.${field}`, message });
  const type = provider.identificationDocumentCode;
  if (!Object.hasOwn(PROVIDER_IDENTIFICATION_TYPES, type)) {
    report(
      'identificationDocumentCode',
      `'${type}' is not an identification type of a support document's provider; use one of ${Object.keys(PROVIDER_IDENTIFICATION_TYPES).join(', ')}`,
    );
  }
  let providerDv: string | undefined;
  if (type === NIT) {
    if (!isNitNumber(provider.identification)) {
      report(
        'identification',
        `a NIT (31) is 1 to ${NIT_MAX_DIGITS} digits, without check digit, dots or hyphen (got '${provider.identification}')`,
      );
    } else {
      const dv = nitCheckDigit(provider.identification);
      if (provider.dv !== undefined && provider.dv !== dv) {
        report('dv', `dv ${provider.dv} is wrong for NIT ${provider.identification}; it is ${dv}`);
      } else {
        providerDv = dv;
      }
    }
  }
  if (!catalog.has('countries', provider.countryCode)) {
    report('countryCode', `'${provider.countryCode}' is not a country (ISO 3166-1 alpha-2) code`);
  }
  if (provider.municipalityCode !== undefined) {
    if (provider.countryCode !== COLOMBIA) {
      report(
        'municipalityCode',
        `a municipality is sent only for a provider in Colombia (countryCode CO); this provider's country is ${provider.countryCode}`,
      );
    } else if (!catalog.has('municipalities', provider.municipalityCode)) {
      report(
        'municipalityCode',
        `'${provider.municipalityCode}' is not a DIVIPOLA municipality code`,
      );
    }
  }
  if (
    provider.legalOrganizationCode !== undefined &&
    !catalog.has('legal-organizations', provider.legalOrganizationCode)
  ) {
    report(
      'legalOrganizationCode',
      `'${provider.legalOrganizationCode}' is not a legal organization code; use 1 (legal person) or 2 (natural person)`,
    );
  }
  return providerDv;
}
