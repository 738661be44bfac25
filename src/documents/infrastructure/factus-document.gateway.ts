import { Inject, Injectable } from '@nestjs/common';
import type { z } from 'zod';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { FACTUS_CONFIG, FactusConfig } from '../../config/config-tokens';
import { FactusApiError } from '../../factus/factus.errors';
import { factusEnvelope, parseFactusAnswer } from '../../factus/wire';
import type {
  DocumentEmail,
  DocumentFileKind,
  DocumentGateway,
} from '../domain/document-gateway.port';
import type { DocumentType } from '../domain/document-type';
import {
  DocumentDeleteRefusedError,
  DocumentNotDeletableError,
  DocumentNotFoundError,
  EmailLimitReachedError,
} from '../domain/document.errors';
import type {
  DocumentEmailContent,
  DocumentFile,
  DocumentListFilter,
  DocumentSummary,
  IssuedDocument,
  Page,
} from '../domain/issued-document';
import { FactusDocumentCreation } from './factus-document-creation';
import { readAttachedDocument, readEmailContent } from './factus-document-delivery';
import { FactusDocumentSpecs } from './factus-document-spec';
import { DOCUMENT_FILE_ANSWER, DOCUMENT_LIST_ANSWER } from './factus-document.answer';
import { factusListQuery, scanUnfinished, SCAN_PAGE_SIZE, toPage } from './factus-document-list';
import { FactusBadResponseError } from '../../factus/factus.errors';

const seg = encodeURIComponent;

/**
 * The lifecycle every Factus v2 document shares — create and validate (with DIAN's outcome, the
 * unknown-outcome lookup by reference, and Factus's error shapes), list, show, download, delete by
 * reference, e-mail — for every document type, each described by its registered spec.
 */
@Injectable()
export class FactusDocumentGateway implements DocumentGateway {
  private readonly creation: FactusDocumentCreation;

  constructor(
    private readonly client: FactusHttpClient,
    private readonly specs: FactusDocumentSpecs,
    @Inject(FACTUS_CONFIG) config: Pick<FactusConfig, 'timeoutMs'>,
  ) {
    this.creation = new FactusDocumentCreation(
      (type, referenceCode, session) => this.findByReference(type, referenceCode, session),
      config.timeoutMs,
    );
  }

  async create<TDraft, TIssued extends IssuedDocument>(
    type: DocumentType<TDraft, TIssued>,
    draft: TDraft & { referenceCode: string },
    session: ProviderSession,
  ): Promise<TIssued> {
    return this.send(type, this.encode(type, draft), draft.referenceCode, session);
  }

  encode<TDraft>(type: DocumentType<TDraft>, draft: TDraft): object {
    return this.specs.of(type).toRequest(draft) as object;
  }

  async send<TIssued extends IssuedDocument>(
    type: DocumentType<unknown, TIssued>,
    request: object,
    referenceCode: string,
    session: ProviderSession,
  ): Promise<TIssued> {
    const spec = this.specs.of(type);
    const endpoint = `POST ${spec.basePath}/validate`;
    let document: TIssued;
    try {
      const { body } = await this.client.send({
        method: 'POST',
        path: `${spec.basePath}/validate`,
        json: request,
        session,
        // Factus deduplicates by reference_code, so resending a creation is safe.
        retryable: true,
      });
      document = this.readDocument(spec.document, body, endpoint) as TIssued;
    } catch (error) {
      return this.creation.fromFailure(type, error, referenceCode, session);
    }
    return this.creation.fromAnswer(type, document, referenceCode, session);
  }

  /** The document stored under a reference (list filtered by it, then show), if any. */
  async findByReference<TIssued extends IssuedDocument>(
    type: DocumentType<unknown, TIssued>,
    referenceCode: string,
    session: ProviderSession,
  ): Promise<TIssued | undefined> {
    const page = await this.list(type, { referenceCode, page: 1, perPage: 10 }, session);
    const found = page.data.find((row) => row.referenceCode === referenceCode);
    return found && this.get(type, found.number, session);
  }

  /**
   * Factus filters `validated` (1) and not validated (0) itself (v2 listar-y-filtrar); pending
   * and rejected are told apart by DIAN's messages, so for those the not-validated documents are
   * read page after page and the page and pagination we answer are computed from all of them.
   */
  async list(
    type: DocumentType,
    filter: DocumentListFilter,
    session: ProviderSession,
  ): Promise<Page<DocumentSummary>> {
    if (filter.status !== 'pending' && filter.status !== 'rejected')
      return toPage(await this.listPage(type, filter, session), filter);
    const { status } = filter;
    return scanUnfinished(
      (page) => this.listPage(type, { ...filter, page, perPage: SCAN_PAGE_SIZE }, session),
      (row) => row.status === status,
      filter,
    );
  }

  private async listPage(type: DocumentType, filter: DocumentListFilter, session: ProviderSession) {
    const { basePath } = this.specs.of(type);
    const { body } = await this.client.send({
      method: 'GET',
      path: basePath,
      query: factusListQuery(filter),
      session,
    });
    return parseFactusAnswer(DOCUMENT_LIST_ANSWER, body, `GET ${basePath}`).data;
  }

  async get<TIssued extends IssuedDocument>(
    type: DocumentType<unknown, TIssued>,
    number: string,
    session: ProviderSession,
  ): Promise<TIssued> {
    const spec = this.specs.of(type);
    const endpoint = `${spec.basePath}/:number`;
    const body = await this.read(
      type,
      `${spec.basePath}/${seg(number)}`,
      endpoint,
      number,
      session,
    );
    return this.readDocument(spec.document, body, `GET ${endpoint}`) as TIssued;
  }

  async download(
    type: DocumentType,
    number: string,
    kind: DocumentFileKind,
    session: ProviderSession,
  ): Promise<DocumentFile> {
    const { basePath } = this.specs.of(type);
    const endpoint = `${basePath}/:number/download-${kind}`;
    const path = `${basePath}/${seg(number)}/download-${kind}`;
    const body = await this.read(type, path, endpoint, number, session);
    const { data } = parseFactusAnswer(DOCUMENT_FILE_ANSWER, body, `GET ${endpoint}`);
    const encoded = kind === 'pdf' ? data.pdf_base_64_encoded : data.xml_base_64_encoded;
    if (encoded === undefined) {
      throw new FactusBadResponseError(
        `Factus answered the ${kind.toUpperCase()} download without a file.`,
      );
    }
    return {
      fileName: (data.file_name ?? number).replace(/\.(pdf|xml)$/i, ''),
      content: Buffer.from(encoded, 'base64'),
    };
  }

  /**
   * v2 facturas/eliminar, notas-credito/eliminar: 200 with a message or 204 (the glossary) both
   * mean deleted. A refusal is mapped by what Factus says: not found (404), validated by DIAN
   * (its message says so), or any other reason, with Factus's own words.
   */
  async deleteByReference(
    type: DocumentType,
    referenceCode: string,
    session: ProviderSession,
  ): Promise<void> {
    const { deleteByReferencePath } = this.specs.of(type);
    try {
      await this.client.send({
        method: 'DELETE',
        path: `${deleteByReferencePath}/${seg(referenceCode)}`,
        endpoint: `${deleteByReferencePath}/:reference_code`,
        session,
      });
    } catch (error) {
      throw deleteError(error, referenceCode, type);
    }
  }

  /** v2 notas-credito/enviar-correo: `email`, and optionally `pdf_base_64_encoded` (own PDF). */
  async sendEmail(
    type: DocumentType,
    number: string,
    { email, pdf }: DocumentEmail,
    session: ProviderSession,
  ): Promise<void> {
    const { basePath } = this.specs.of(type);
    try {
      await this.client.send({
        method: 'POST',
        path: `${basePath}/${seg(number)}/send-email`,
        endpoint: `${basePath}/:number/send-email`,
        json: pdf ? { email, pdf_base_64_encoded: pdf.toString('base64') } : { email },
        session,
      });
    } catch (error) {
      if (error instanceof FactusApiError && error.status === 404)
        throw new DocumentNotFoundError(number, type);
      if (
        error instanceof FactusApiError &&
        error.status === 409 &&
        /l[ií]mite/i.test(error.message)
      )
        throw new EmailLimitReachedError(error.message);
      throw error;
    }
  }

  /** v2 facturas/obtener-contenido-de-correo: `data.subject` and the ZIP, base64. */
  async emailContent(
    type: DocumentType,
    number: string,
    session: ProviderSession,
  ): Promise<DocumentEmailContent> {
    const { basePath } = this.specs.of(type);
    const endpoint = `${basePath}/:number/email-content`;
    const path = `${basePath}/${seg(number)}/email-content`;
    const body = await this.read(type, path, endpoint, number, session);
    return readEmailContent(body, `GET ${endpoint}`);
  }

  /** v2 facturas/descargar-xml-attacheddocument: `file_name` and `xml_base_64_encoded`. */
  async downloadAttachedDocument(
    type: DocumentType,
    number: string,
    session: ProviderSession,
  ): Promise<DocumentFile> {
    const { basePath } = this.specs.of(type);
    const endpoint = `${basePath}/:number/download-attached-document-xml`;
    const path = `${basePath}/${seg(number)}/download-attached-document-xml`;
    const body = await this.read(type, path, endpoint, number, session);
    return readAttachedDocument(body, number, `GET ${endpoint}`);
  }

  private readDocument<T>(document: z.ZodType<T>, body: unknown, endpoint: string): T {
    return parseFactusAnswer(factusEnvelope(document), body, endpoint).data;
  }

  /** A GET of one document or its file: a 404 is that document's not-found error. */
  private async read(
    type: DocumentType,
    path: string,
    endpoint: string,
    number: string,
    session: ProviderSession,
  ): Promise<unknown> {
    try {
      const { body } = await this.client.send({ method: 'GET', path, endpoint, session });
      return body;
    } catch (error) {
      if (error instanceof FactusApiError && error.status === 404)
        throw new DocumentNotFoundError(number, type);
      throw error;
    }
  }
}

function deleteError(error: unknown, referenceCode: string, type: DocumentType): unknown {
  if (!(error instanceof FactusApiError)) return error;
  if (error.status === 404)
    return new DocumentNotFoundError(`with reference ${referenceCode}`, type);
  if (error.status !== 409 && error.status !== 422) return error;
  if (SAYS_VALIDATED.test(error.message) && !SAYS_NOT_VALIDATED.test(error.message))
    return new DocumentNotDeletableError(referenceCode, error.message, type);
  return new DocumentDeleteRefusedError(referenceCode, error.message, type);
}

/** "validado por la DIAN", "ya fue validada", "documento validado"… */
const SAYS_VALIDATED = /validad[oa]/i;
const SAYS_NOT_VALIDATED = /\bno\s+(ha\s+sido\s+|est[aá]\s+|fue\s+)?validad/i;
