import type { FactusDocumentRequest } from '../../documents/infrastructure/factus-document.wire';
import { toFactusDocumentRequest } from '../../documents/infrastructure/factus-document-request.mapper';
import {
  codeName,
  fromFactusDocument,
} from '../../documents/infrastructure/factus-document-response.mapper';
import type {
  IssuedAdjustmentNote,
  IssuedSupportDocument,
  IssuedWithholding,
} from '../domain/issued-support-document';
import type {
  AdjustmentNoteDraft,
  Provider,
  SupportDocumentDraft,
} from '../domain/support-document-draft';
import type {
  FactusAdjustmentNoteWire,
  FactusSupportDocumentWire,
} from './factus-support-document.answer';

/**
 * Our support document → `POST /v2/support-documents/validate`: a sales document's fields (the
 * draft has none of the invoice-only ones) with `provider` for `customer`.
 */
export function toFactusSupportDocumentRequest(
  draft: SupportDocumentDraft,
): Record<string, unknown> {
  const { provider, ...document } = draft;
  const request: FactusDocumentRequest = toFactusDocumentRequest(document);
  return {
    ...request,
    items: request.items.map((item, i) => {
      const period = draft.items[i].period;
      return period
        ? {
            ...item,
            period: {
              generation_mode: period.generationMode,
              ...(period.startDate !== undefined ? { start_date: period.startDate } : {}),
            },
          }
        : item;
    }),
    provider: toFactusProvider(provider),
  };
}

/** Our adjustment note → `POST /v2/adjustment-notes/validate`. */
export function toFactusAdjustmentNoteRequest(draft: AdjustmentNoteDraft): Record<string, unknown> {
  const { supportDocumentNumber, correctionConceptCode, ...document } = draft;
  return {
    ...toFactusSupportDocumentRequest(document),
    support_document_number: supportDocumentNumber,
    correction_concept_code: correctionConceptCode,
  };
}

function toFactusProvider(provider: Provider): Record<string, string> {
  const wire: Record<string, string | undefined> = {
    identification_document_code: provider.identificationDocumentCode,
    identification: provider.identification,
    dv: provider.dv,
    trade_name: provider.tradeName,
    names: provider.names,
    address: provider.address,
    country_code: provider.countryCode,
    municipality_code: provider.municipalityCode,
    email: provider.email,
    phone: provider.phone,
    legal_organization_code: provider.legalOrganizationCode,
  };
  // Absent stays absent: Factus treats a sent optional as meant.
  return Object.fromEntries(
    Object.entries(wire).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

/** A parsed Factus support document → ours (its provider is also the kernel's party). */
export function fromFactusSupportDocument(data: FactusSupportDocumentWire): IssuedSupportDocument {
  const document = fromFactusDocument({ ...data, customer: data.provider ?? data.customer });
  return {
    ...document,
    cuds: data.cuds,
    provider: document.customer,
    withholdingTaxes: (data.withholding_taxes ?? []).map((w): IssuedWithholding => ({
      code: w.tribute_code ?? w.tribute?.code ?? '',
      name: w.name ?? w.tribute?.name ?? '',
      value: w.value,
    })),
  };
}

/** A parsed Factus adjustment note → ours. */
export function fromFactusAdjustmentNote(data: FactusAdjustmentNoteWire): IssuedAdjustmentNote {
  const referenced = data.support_document;
  const nested = typeof referenced === 'object' && referenced !== null ? referenced : undefined;
  return {
    ...fromFactusSupportDocument(data),
    supportDocumentNumber:
      data.support_document_number ??
      (typeof referenced === 'string' ? referenced : nested?.number),
    supportDocumentCuds: nested?.cuds,
    correctionConcept: codeName(data.correction_concept),
  };
}
