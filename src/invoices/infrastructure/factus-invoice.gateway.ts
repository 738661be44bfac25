import { Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { FactusHttpClient } from '../../factus/factus-http.client';
import {
  FactusApiError,
  FactusBadResponseError,
  FactusTimeoutError,
  FactusUnavailableError,
} from '../../factus/factus.errors';
import type { InvoiceDraft } from '../domain/invoice-draft';
import type { InvoiceGateway } from '../domain/invoice-gateway.port';
import {
  EmailLimitReachedError,
  InvoiceNotDeletableError,
  InvoiceNotFoundError,
  InvoiceOutcomeUnknownError,
  InvoiceRejectedError,
} from '../domain/invoice.errors';
import type {
  DocumentFile,
  InvoiceListFilter,
  InvoiceSummary,
  IssuedInvoice,
  Page,
} from '../domain/issued-invoice';
import { fromFactusBill, fromFactusBillListRow } from './factus-bill-response.mapper';
import { toFactusBillRequest } from './factus-bill-request.mapper';
import type {
  FactusBillData,
  FactusBillListRow,
  FactusEnvelope,
  FactusPagination,
} from './factus-bill.wire';
import { mapDocumentCreationError } from './factus-document-error.mapper';

const seg = encodeURIComponent;

/** Factus v2 bills (`/v2/bills/...`). */
@Injectable()
export class FactusInvoiceGateway implements InvoiceGateway {
  constructor(private readonly client: FactusHttpClient) {}

  async create(draft: InvoiceDraft, session: ProviderSession): Promise<IssuedInvoice> {
    let body: FactusEnvelope<FactusBillData>;
    try {
      ({ body } = await this.client.send<FactusEnvelope<FactusBillData>>({
        method: 'POST',
        path: '/v2/bills/validate',
        json: toFactusBillRequest(draft),
        session,
        // Factus deduplicates by reference_code, so resending a creation is safe.
        retryable: true,
      }));
    } catch (error) {
      if (mayHaveBeenStored(error)) return this.settleUnknownOutcome(draft.referenceCode, session);
      throw mapDocumentCreationError(error, draft.referenceCode);
    }
    const invoice = fromFactusBill(dataOf(body, 'POST /v2/bills/validate'));
    if (invoice.status === 'rejected')
      throw new InvoiceRejectedError(
        invoice.referenceCode || draft.referenceCode,
        invoice.dianMessages,
      );
    return invoice;
  }

  /**
   * The creation may have been stored even though its answer was lost. Look the invoice up by its
   * reference before answering: found, it is the answer; not found, the caller may safely resend.
   */
  private async settleUnknownOutcome(
    referenceCode: string,
    session: ProviderSession,
  ): Promise<IssuedInvoice> {
    let found: InvoiceSummary | undefined;
    try {
      const page = await this.list({ referenceCode, page: 1, perPage: 10 }, session);
      found = page.data.find((row) => row.referenceCode === referenceCode);
    } catch {
      throw new InvoiceOutcomeUnknownError(referenceCode);
    }
    if (!found) throw new InvoiceOutcomeUnknownError(referenceCode);
    const invoice = await this.get(found.number, session);
    if (invoice.status === 'rejected')
      throw new InvoiceRejectedError(referenceCode, invoice.dianMessages);
    return invoice;
  }

  async list(filter: InvoiceListFilter, session: ProviderSession): Promise<Page<InvoiceSummary>> {
    const { body } = await this.client.send<
      FactusEnvelope<{ data?: FactusBillListRow[]; pagination?: FactusPagination }>
    >({
      method: 'GET',
      path: '/v2/bills',
      query: {
        'filter[number]': filter.number,
        'filter[prefix]': filter.prefix,
        'filter[reference_code]': filter.referenceCode,
        'filter[identification]': filter.identification,
        'filter[names]': filter.names,
        // Factus knows validated (1) and not validated (0); rejected vs pending is told apart below.
        'filter[status]':
          filter.status === undefined ? undefined : filter.status === 'validated' ? 1 : 0,
        'filter[created_at][start_date]': filter.createdFrom,
        'filter[created_at][end_date]': filter.createdTo,
        'filter[per_page]': filter.perPage,
        page: filter.page,
      },
      session,
    });
    const data = dataOf(body, 'GET /v2/bills');
    if (!Array.isArray(data.data))
      throw new FactusBadResponseError('Factus answered the invoice list without a list.');
    let rows = data.data.map(fromFactusBillListRow);
    if (filter.status === 'pending' || filter.status === 'rejected')
      rows = rows.filter((r) => r.status === filter.status);
    const pagination = data.pagination ?? {};
    const total = toInt(pagination.total, rows.length);
    const perPage = toInt(pagination.per_page, filter.perPage);
    return {
      data: rows,
      page: toInt(pagination.current_page, filter.page),
      perPage,
      total,
      lastPage: toInt(pagination.last_page, Math.max(1, Math.ceil(total / Math.max(1, perPage)))),
    };
  }

  async get(number: string, session: ProviderSession): Promise<IssuedInvoice> {
    const body = await this.read<FactusBillData>(
      `/v2/bills/${seg(number)}`,
      '/v2/bills/:number',
      number,
      session,
    );
    return fromFactusBill(dataOf(body, 'GET /v2/bills/:number'));
  }

  downloadPdf(number: string, session: ProviderSession): Promise<DocumentFile> {
    return this.download(number, 'pdf', session);
  }

  downloadXml(number: string, session: ProviderSession): Promise<DocumentFile> {
    return this.download(number, 'xml', session);
  }

  async deleteByReference(referenceCode: string, session: ProviderSession): Promise<void> {
    try {
      await this.client.send({
        method: 'DELETE',
        path: `/v2/bills/destroy/reference/${seg(referenceCode)}`,
        endpoint: '/v2/bills/destroy/reference/:reference_code',
        session,
      });
    } catch (error) {
      if (error instanceof FactusApiError && error.status === 404) {
        throw new InvoiceNotFoundError(`with reference ${referenceCode}`);
      }
      if (error instanceof FactusApiError && (error.status === 409 || error.status === 422)) {
        throw new InvoiceNotDeletableError(referenceCode, error.message);
      }
      throw error;
    }
  }

  async sendEmail(number: string, email: string, session: ProviderSession): Promise<void> {
    try {
      await this.client.send({
        method: 'POST',
        path: `/v2/bills/${seg(number)}/send-email`,
        endpoint: '/v2/bills/:number/send-email',
        json: { email },
        session,
      });
    } catch (error) {
      if (error instanceof FactusApiError && error.status === 404)
        throw new InvoiceNotFoundError(number);
      if (
        error instanceof FactusApiError &&
        error.status === 409 &&
        /l[ií]mite/i.test(error.message)
      ) {
        throw new EmailLimitReachedError(error.message);
      }
      throw error;
    }
  }

  private async download(
    number: string,
    kind: 'pdf' | 'xml',
    session: ProviderSession,
  ): Promise<DocumentFile> {
    const path = `/v2/bills/${seg(number)}/download-${kind}`;
    const body = await this.read<{
      file_name?: string;
      pdf_base_64_encoded?: string;
      xml_base_64_encoded?: string;
    }>(path, `/v2/bills/:number/download-${kind}`, number, session);
    const data = dataOf(body, `GET /v2/bills/:number/download-${kind}`);
    const encoded = kind === 'pdf' ? data.pdf_base_64_encoded : data.xml_base_64_encoded;
    if (typeof encoded !== 'string' || encoded === '') {
      throw new FactusBadResponseError(
        `Factus answered the ${kind.toUpperCase()} download without a file.`,
      );
    }
    return {
      fileName: (data.file_name ?? number).replace(/\.(pdf|xml)$/i, ''),
      content: Buffer.from(encoded, 'base64'),
    };
  }

  private async read<T>(
    path: string,
    endpoint: string,
    number: string,
    session: ProviderSession,
  ): Promise<FactusEnvelope<T>> {
    try {
      const { body } = await this.client.send<FactusEnvelope<T>>({
        method: 'GET',
        path,
        endpoint,
        session,
      });
      return body;
    } catch (error) {
      if (error instanceof FactusApiError && error.status === 404)
        throw new InvoiceNotFoundError(number);
      throw error;
    }
  }
}

function dataOf<T>(body: FactusEnvelope<T> | undefined, endpoint: string): T {
  if (!body || typeof body !== 'object' || !body.data || typeof body.data !== 'object') {
    throw new FactusBadResponseError(`Factus answered ${endpoint} without the expected data.`);
  }
  return body.data;
}

function toInt(value: unknown, fallback: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
  return Number.isFinite(n) ? Math.trunc(n) : fallback;
}

/** A timeout, or a connection lost after the request may have reached Factus. */
function mayHaveBeenStored(error: unknown): boolean {
  return (
    error instanceof FactusTimeoutError ||
    (error instanceof FactusUnavailableError && error.reason === 'connection_lost')
  );
}
