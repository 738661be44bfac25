import type { ProviderSession } from '../../auth/domain/provider-session';
import type { FactusHttpClient } from '../../factus/factus-http.client';
import {
  FactusApiError,
  FactusBadResponseError,
  FactusTimeoutError,
  FactusUnavailableError,
} from '../../factus/factus.errors';
import type { DocumentType } from '../domain/document-type';
import {
  DocumentNotDeletableError,
  DocumentNotFoundError,
  DocumentOutcomeUnknownError,
  DocumentRejectedError,
  EmailLimitReachedError,
} from '../domain/document.errors';
import type {
  DianMessage,
  DocumentFile,
  DocumentListFilter,
  DocumentStatus,
  DocumentSummary,
  Page,
} from '../domain/issued-document';
import { fromFactusBillListRow } from './factus-document-response.mapper';
import type { FactusBillListRow, FactusEnvelope, FactusPagination } from './factus-document.wire';
import { mapDocumentCreationError } from './factus-document-error.mapper';

/** What every issued document has, whatever its type. */
export interface IssuedDocumentCore {
  number: string;
  referenceCode: string;
  status: DocumentStatus;
  dianMessages: DianMessage[];
}

/** Where one Factus document type lives and how its wire shapes map to ours. */
export interface FactusDocumentSpec<
  TDraft extends { referenceCode: string },
  TDoc extends IssuedDocumentCore,
> {
  type: DocumentType;
  /** `/v2/bills`, `/v2/credit-notes`, `/v2/debit-notes`. */
  basePath: string;
  /** Delete-by-reference path template: bills use `/destroy/reference/`, notes `/reference/`. */
  deleteByReferencePath: string;
  toRequest(draft: TDraft): unknown;
  fromData(data: unknown): TDoc;
}

const seg = encodeURIComponent;

/**
 * The lifecycle every Factus v2 document shares — create and validate (with DIAN's outcome, the
 * unknown-outcome lookup by reference, and Factus's error shapes), list, show, download, delete by
 * reference, e-mail — for one document type. Invoices and notes differ only in their spec.
 */
export class FactusDocumentGateway<
  TDraft extends { referenceCode: string },
  TDoc extends IssuedDocumentCore,
> {
  constructor(
    private readonly client: FactusHttpClient,
    private readonly spec: FactusDocumentSpec<TDraft, TDoc>,
  ) {}

  async create(draft: TDraft, session: ProviderSession): Promise<TDoc> {
    const { type, basePath } = this.spec;
    let body: FactusEnvelope<unknown>;
    try {
      ({ body } = await this.client.send<FactusEnvelope<unknown>>({
        method: 'POST',
        path: `${basePath}/validate`,
        json: this.spec.toRequest(draft),
        session,
        // Factus deduplicates by reference_code, so resending a creation is safe.
        retryable: true,
      }));
    } catch (error) {
      if (mayHaveBeenStored(error)) return this.settleUnknownOutcome(draft.referenceCode, session);
      throw mapDocumentCreationError(error, draft.referenceCode, type);
    }
    const document = this.spec.fromData(dataOf(body, `POST ${basePath}/validate`));
    if (document.status === 'rejected') {
      throw new DocumentRejectedError(
        document.referenceCode || draft.referenceCode,
        document.dianMessages,
        type,
      );
    }
    return document;
  }

  /**
   * The creation may have been stored even though its answer was lost. Look the document up by
   * its reference before answering: found, it is the answer; not found, the caller may resend.
   */
  private async settleUnknownOutcome(
    referenceCode: string,
    session: ProviderSession,
  ): Promise<TDoc> {
    let found: DocumentSummary | undefined;
    try {
      const page = await this.list({ referenceCode, page: 1, perPage: 10 }, session);
      found = page.data.find((row) => row.referenceCode === referenceCode);
    } catch {
      throw new DocumentOutcomeUnknownError(referenceCode, this.spec.type);
    }
    if (!found) throw new DocumentOutcomeUnknownError(referenceCode, this.spec.type);
    const document = await this.get(found.number, session);
    if (document.status === 'rejected') {
      throw new DocumentRejectedError(referenceCode, document.dianMessages, this.spec.type);
    }
    return document;
  }

  async list(filter: DocumentListFilter, session: ProviderSession): Promise<Page<DocumentSummary>> {
    const { basePath } = this.spec;
    const { body } = await this.client.send<
      FactusEnvelope<{ data?: FactusBillListRow[]; pagination?: FactusPagination }>
    >({
      method: 'GET',
      path: basePath,
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
    const data = dataOf(body, `GET ${basePath}`);
    if (!Array.isArray(data.data))
      throw new FactusBadResponseError(`Factus answered GET ${basePath} without a list.`);
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

  async get(number: string, session: ProviderSession): Promise<TDoc> {
    const { basePath } = this.spec;
    const body = await this.read<unknown>(
      `${basePath}/${seg(number)}`,
      `${basePath}/:number`,
      number,
      session,
    );
    return this.spec.fromData(dataOf(body, `GET ${basePath}/:number`));
  }

  async download(
    number: string,
    kind: 'pdf' | 'xml',
    session: ProviderSession,
  ): Promise<DocumentFile> {
    const { basePath } = this.spec;
    const endpoint = `${basePath}/:number/download-${kind}`;
    const body = await this.read<{
      file_name?: string;
      pdf_base_64_encoded?: string;
      xml_base_64_encoded?: string;
    }>(`${basePath}/${seg(number)}/download-${kind}`, endpoint, number, session);
    const data = dataOf(body, `GET ${endpoint}`);
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

  async deleteByReference(referenceCode: string, session: ProviderSession): Promise<void> {
    const { type, deleteByReferencePath } = this.spec;
    try {
      await this.client.send({
        method: 'DELETE',
        path: `${deleteByReferencePath}/${seg(referenceCode)}`,
        endpoint: `${deleteByReferencePath}/:reference_code`,
        session,
      });
    } catch (error) {
      if (error instanceof FactusApiError && error.status === 404) {
        throw new DocumentNotFoundError(`with reference ${referenceCode}`, type);
      }
      if (error instanceof FactusApiError && (error.status === 409 || error.status === 422)) {
        throw new DocumentNotDeletableError(referenceCode, error.message, type);
      }
      throw error;
    }
  }

  async sendEmail(number: string, email: string, session: ProviderSession): Promise<void> {
    const { basePath, type } = this.spec;
    try {
      await this.client.send({
        method: 'POST',
        path: `${basePath}/${seg(number)}/send-email`,
        endpoint: `${basePath}/:number/send-email`,
        json: { email },
        session,
      });
    } catch (error) {
      if (error instanceof FactusApiError && error.status === 404)
        throw new DocumentNotFoundError(number, type);
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
        throw new DocumentNotFoundError(number, this.spec.type);
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
