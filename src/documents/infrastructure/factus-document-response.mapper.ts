import { Dec, ZERO } from '../../common/domain/decimal';
import { parseFactusDate } from '../../common/time/bogota-time';
import type {
  CodeName,
  DocumentStatus,
  DocumentSummary,
  IssuedInvoice,
  IssuedItemTax,
  RelatedNote,
} from '../domain/issued-document';
import { parseDianMessages } from './factus-dian-messages';
import type {
  FactusBillData,
  FactusBillListRow,
  Loose,
  WireCodeName,
} from './factus-document.wire';

/** Factus bill `data` (create or show) → our IssuedInvoice. Tolerant of Factus's loose types. */
export function fromFactusBill(data: FactusBillData): IssuedInvoice {
  const dianMessages = parseDianMessages(data.errors);
  const customer = data.customer ?? {};
  const totals = data.totals ?? {};
  return {
    number: text(data.number) ?? '',
    referenceCode: text(data.reference_code) ?? '',
    cufe: text(data.cufe),
    status: statusOf(
      data.is_validated ?? data.status,
      dianMessages.some((m) => m.kind === 'rejection'),
    ),
    validatedAt: parseFactusDate(data.validated_at),
    createdAt: parseFactusDate(data.created_at),
    dianMessages,
    totals: {
      grossAmount: dec(totals.gross_amount),
      taxableAmount: dec(totals.taxable_amount),
      taxAmount: dec(totals.tax_amount),
      surchargeAmount: dec(totals.surcharge_amount),
      prepaymentAmount: dec(totals.prepayment_amount),
      total: dec(totals.total),
    },
    customer: {
      identificationDocument: codeName(customer.identification_document),
      identification: text(customer.identification) ?? '',
      dv: text(customer.dv),
      graphicRepresentationName: text(customer.graphic_representation_name),
      company: text(customer.company),
      tradeName: text(customer.trade_name),
      names: text(customer.names),
      address: text(customer.address),
      email: text(customer.email),
      phone: text(customer.phone),
      legalOrganization: codeName(customer.legal_organization),
      tribute: codeName(customer.tribute),
      country: codeName(customer.country),
      municipality: codeName(customer.municipality),
    },
    items: (data.items ?? []).map((item) => ({
      codeReference: text(item.code_reference) ?? '',
      name: text(item.name) ?? '',
      quantity: dec(item.quantity),
      price: dec(item.price),
      discountRate: dec(item.discount_rate),
      discount: dec(item.discount),
      grossValue: dec(item.gross_value),
      unitMeasure: codeName(item.unit_measure),
      standardCode: codeName(item.standard_code),
      taxes: (item.taxes ?? []).flatMap((tax): IssuedItemTax[] => {
        const tribute = codeName(tax.tribute);
        const isExcluded = tax.is_excluded === true || tax.is_excluded === 1;
        const rates = tax.rates?.length ? tax.rates : [{}];
        return rates.map((rate) => ({
          code: tribute?.code ?? '',
          name: tribute?.name ?? '',
          isExcluded,
          rate: rate.rate === undefined || rate.rate === null ? undefined : dec(rate.rate),
          taxableAmount: dec(rate.taxable_amount),
          taxAmount: dec(rate.tax_amount),
        }));
      }),
      total: dec(item.total),
      note: text(item.note),
    })),
    paymentDetails: (data.payment_details ?? []).map((p) => ({
      paymentForm: codeName(p.payment_form),
      paymentMethod: codeName(p.payment_method),
      referenceCode: text(p.reference_code),
      amount: dec(p.amount),
      dueDate: text(p.due_date),
    })),
    observation: text(data.observation),
    links: {
      qr: text(data.links?.qr ?? data.qr),
      publicUrl: text(data.links?.public_url ?? data.public_url),
    },
    relatedNotes: {
      creditNotes: (data.related_notes?.credit_notes ?? []).map(relatedNote),
      debitNotes: (data.related_notes?.debit_notes ?? []).map(relatedNote),
    },
  };
}

export function fromFactusBillListRow(row: FactusBillListRow): DocumentSummary {
  const dianMessages = parseDianMessages(row.errors);
  return {
    number: text(row.number) ?? '',
    referenceCode: text(row.reference_code) ?? '',
    status: statusOf(
      row.is_validated ?? row.status,
      dianMessages.some((m) => m.kind === 'rejection'),
    ),
    identification: text(row.identification),
    customerName: text(row.graphic_representation_name) ?? text(row.company) ?? text(row.names),
    email: text(row.email),
    total: dec(row.total),
    dianMessages,
    createdAt: parseFactusDate(row.created_at),
  };
}

/** Validated when Factus says so; otherwise rejected if DIAN said "Rechazo", else still pending. */
function statusOf(validated: unknown, hasRejection: boolean): DocumentStatus {
  if (validated === true || validated === 1 || validated === '1' || validated === 'true')
    return 'validated';
  return hasRejection ? 'rejected' : 'pending';
}

function relatedNote(note: {
  number?: Loose;
  reference_code?: Loose;
  total?: Loose;
  is_validated?: unknown;
}): RelatedNote {
  return {
    number: text(note.number) ?? '',
    referenceCode: text(note.reference_code),
    total: note.total === undefined || note.total === null ? undefined : dec(note.total),
    isValidated:
      note.is_validated === undefined
        ? undefined
        : note.is_validated === true || note.is_validated === 1,
  };
}

function text(value: Loose): string | undefined {
  if (value === null || value === undefined) return undefined;
  const s = String(value).trim();
  return s === '' ? undefined : s;
}

/** Factus amounts arrive as "83300.00", 83300 or null; anything unreadable counts as zero. */
function dec(value: Loose): Dec {
  if (value === null || value === undefined || value === '') return ZERO;
  try {
    return new Dec(typeof value === 'number' ? String(value) : value.replace(/,/g, ''));
  } catch {
    return ZERO;
  }
}

function codeName(value: WireCodeName | null | undefined): CodeName | undefined {
  if (!value) return undefined;
  const code = text(value.code);
  if (code === undefined) return undefined;
  return { code, name: text(value.name) ?? '' };
}
