import { toDocumentDraft } from '../../documents/http/document-draft.mapper';
import { money, toDocumentResponse } from '../../documents/http/document-response.mapper';
import type {
  IssuedAdjustmentNote,
  IssuedSupportDocument,
} from '../domain/issued-support-document';
import type { AdjustmentNoteDraft, SupportDocumentDraft } from '../domain/support-document-draft';
import type {
  CreateAdjustmentNoteRequestDto,
  CreateSupportDocumentRequestDto,
} from './create-support-document.request.dto';
import type {
  AdjustmentNoteResponseDto,
  SupportDocumentResponseDto,
} from './support-document.response.dto';

export function toSupportDocumentDraft(dto: CreateSupportDocumentRequestDto): SupportDocumentDraft {
  const { items, ...draft } = toSupportBase(dto);
  return {
    ...draft,
    items: items.map((item, i) => {
      const period = dto.items[i].period;
      return period ? { ...item, period: { ...period } } : item;
    }),
  };
}

/** What a support document and an adjustment note share: no invoice-only block, the provider. */
function toSupportBase(
  dto: CreateSupportDocumentRequestDto | CreateAdjustmentNoteRequestDto,
): AdjustmentNoteDraftBase & { establishment?: SupportDocumentDraft['establishment'] } {
  const {
    document: _document,
    operationType: _operationType,
    sendEmail: _sendEmail,
    prepaymentDetails: _prepayments,
    currency: _currency,
    orderReference: _orderReference,
    billingPeriod: _billingPeriod,
    relatedDocuments: _related,
    customer: _customer,
    allowanceCharges: _charges,
    items,
    ...draft
  } = toDocumentDraft(dto);
  return {
    ...draft,
    items: items.map(
      ({ mandate: _m, schemeId: _s, note: _n, discountAmount: _d, ...item }) => item,
    ),
    provider: { ...dto.provider },
  };
}

type AdjustmentNoteDraftBase = Omit<
  AdjustmentNoteDraft,
  'supportDocumentNumber' | 'correctionConceptCode'
>;

export function toAdjustmentNoteDraft(dto: CreateAdjustmentNoteRequestDto): AdjustmentNoteDraft {
  const { establishment: _none, ...note } = toSupportBase(dto);
  return {
    ...note,
    supportDocumentNumber: dto.supportDocumentNumber,
    correctionConceptCode: dto.correctionConceptCode,
  };
}

export function toSupportDocumentResponse(
  document: IssuedSupportDocument,
  collection: string,
): SupportDocumentResponseDto {
  const { cuds, provider, withholdingTaxes, ...rest } = document;
  const { customer: _party, ...response } = toDocumentResponse(rest, collection);
  return {
    ...response,
    cuds,
    provider: { ...provider },
    withholdingTaxes: withholdingTaxes.map((w) => ({
      code: w.code,
      name: w.name,
      value: money(w.value),
    })),
  };
}

export function toAdjustmentNoteResponse(
  note: IssuedAdjustmentNote,
  collection: string,
): AdjustmentNoteResponseDto {
  const { supportDocumentNumber, supportDocumentCuds, correctionConcept, ...document } = note;
  return {
    ...toSupportDocumentResponse(document, collection),
    supportDocumentNumber,
    supportDocumentCuds,
    correctionConcept,
  };
}
