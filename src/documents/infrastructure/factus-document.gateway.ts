import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { FactusHttpClient } from '../../factus/factus-http.client';
import {
  FactusApiError,
  FactusTimeoutError,
  FactusUnavailableError,
} from '../../factus/factus.errors';
import { factusEnvelope, parseFactusAnswer } from '../../factus/wire';
import type { DocumentFileKind, DocumentGateway } from '../domain/document-gateway.port';
import type { DocumentType } from '../domain/document-type';
import {
  DocumentNotDeletableError,
  DocumentNotFoundError,
  DocumentOutcomeUnknownError,
  DocumentRejectedError,
  EmailLimitReachedError,
} from '../domain/document.errors';
import type {
  DocumentFile,
  DocumentListFilter,
  DocumentSummary,
  IssuedDocument,
  Page,
} from '../domain/issued-document';
import { mapDocumentCreationError } from './factus-document-error.mapper';
import { FactusDocumentSpecs } from './factus-document-spec';
import { DOCUMENT_FILE_ANSWER, DOCUMENT_LIST_ANSWER } from './factus-document.answer';
import { factusListQuery, toPage } from './factus-document-list';
import { FactusBadResponseError } from '../../factus/factus.errors';

const seg = encodeURIComponent;

/**
 * The lifecycle every Factus v2 document shares — create and validate (with DIAN's outcome, the
 * unknown-outcome lookup by reference, and Factus's error shapes), list, show, download, delete by
 * reference, e-mail — for every document type, each described by its registered spec.
 */
@Injectable()
export class FactusDocumentGateway implements DocumentGateway {
  constructor(
    private readonly client: FactusHttpClient,
    private readonly specs: FactusDocumentSpecs,
  ) {}

  async create<TDraft, TIssued extends IssuedDocument>(
    type: DocumentType<TDraft, TIssued>,
    draft: TDraft & { referenceCode: string },
    session: ProviderSession,
  ): Promise<TIssued> {
    const spec = this.specs.of(type);
    const endpoint = `POST ${spec.basePath}/validate`;
    let body: unknown;
    try {
      ({ body } = await this.client.send({
        method: 'POST',
        path: `${spec.basePath}/validate`,
        json: spec.toRequest(draft),
        session,
        // Factus deduplicates by reference_code, so resending a creation is safe.
        retryable: true,
      }));
    } catch (error) {
      if (mayHaveBeenStored(error))
        return this.settleUnknownOutcome(type, draft.referenceCode, session);
      throw mapDocumentCreationError(error, draft.referenceCode, type);
    }
    const document = this.readDocument(spec.document, body, endpoint) as TIssued;
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
  private async settleUnknownOutcome<TIssued extends IssuedDocument>(
    type: DocumentType<unknown, TIssued>,
    referenceCode: string,
    session: ProviderSession,
  ): Promise<TIssued> {
    let found: DocumentSummary | undefined;
    try {
      const page = await this.list(type, { referenceCode, page: 1, perPage: 10 }, session);
      found = page.data.find((row) => row.referenceCode === referenceCode);
    } catch {
      throw new DocumentOutcomeUnknownError(referenceCode, type);
    }
    if (!found) throw new DocumentOutcomeUnknownError(referenceCode, type);
    const document = await this.get(type, found.number, session);
    if (document.status === 'rejected') {
      throw new DocumentRejectedError(referenceCode, document.dianMessages, type);
    }
    return document;
  }

  async list(
    type: DocumentType,
    filter: DocumentListFilter,
    session: ProviderSession,
  ): Promise<Page<DocumentSummary>> {
    const { basePath } = this.specs.of(type);
    const { body } = await this.client.send({
      method: 'GET',
      path: basePath,
      query: factusListQuery(filter),
      session,
    });
    const { data } = parseFactusAnswer(DOCUMENT_LIST_ANSWER, body, `GET ${basePath}`);
    return toPage(data, filter);
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
      if (error instanceof FactusApiError && error.status === 404) {
        throw new DocumentNotFoundError(`with reference ${referenceCode}`, type);
      }
      if (error instanceof FactusApiError && (error.status === 409 || error.status === 422)) {
        throw new DocumentNotDeletableError(referenceCode, error.message, type);
      }
      throw error;
    }
  }

  async sendEmail(
    type: DocumentType,
    number: string,
    email: string,
    session: ProviderSession,
  ): Promise<void> {
    const { basePath } = this.specs.of(type);
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
      )
        throw new EmailLimitReachedError(error.message);
      throw error;
    }
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

/** A timeout, or a connection lost after the request may have reached Factus. */
function mayHaveBeenStored(error: unknown): boolean {
  return (
    error instanceof FactusTimeoutError ||
    (error instanceof FactusUnavailableError && error.reason === 'connection_lost')
  );
}
