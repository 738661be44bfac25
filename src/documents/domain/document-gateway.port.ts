import type { ProviderSession } from '../../auth/domain/provider-session';
import type { DocumentType } from './document-type';
import type {
  DocumentEmailContent,
  DocumentFile,
  DocumentListFilter,
  DocumentSummary,
  IssuedDocument,
  Page,
} from './issued-document';

export const DOCUMENT_GATEWAY = Symbol('DOCUMENT_GATEWAY');

export type DocumentFileKind = 'pdf' | 'xml';

/** An e-mail of a document: where to, and optionally the caller's own PDF instead of Factus's. */
export interface DocumentEmail {
  email: string;
  /** The caller's own graphic representation, sent in place of Factus's (a PDF). */
  pdf?: Buffer;
}

/**
 * The e-invoicing provider's document lifecycle, for every document type. Implementations throw
 * the errors of document.errors.ts (rejected, pending blocks, not found…), never transport errors.
 */
export interface DocumentGateway {
  /** Sends the document and returns its DIAN outcome (validated or pending); a rejection throws. */
  create<TDraft, TIssued extends IssuedDocument>(
    type: DocumentType<TDraft, TIssued>,
    draft: TDraft & { referenceCode: string },
    session: ProviderSession,
  ): Promise<TIssued>;
  /**
   * The request exactly as the provider will receive it (opaque to the caller): the ledger keeps
   * it and resends it unchanged, as Factus advises for a document DIAN has not answered.
   */
  encode<TDraft>(type: DocumentType<TDraft>, draft: TDraft): object;
  /** `create` for a request made by `encode`. */
  send<TIssued extends IssuedDocument>(
    type: DocumentType<unknown, TIssued>,
    request: object,
    referenceCode: string,
    session: ProviderSession,
  ): Promise<TIssued>;
  /** The document the provider holds under a reference, if any. */
  findByReference<TIssued extends IssuedDocument>(
    type: DocumentType<unknown, TIssued>,
    referenceCode: string,
    session: ProviderSession,
  ): Promise<TIssued | undefined>;
  list(
    type: DocumentType,
    filter: DocumentListFilter,
    session: ProviderSession,
  ): Promise<Page<DocumentSummary>>;
  get<TIssued extends IssuedDocument>(
    type: DocumentType<unknown, TIssued>,
    number: string,
    session: ProviderSession,
  ): Promise<TIssued>;
  download(
    type: DocumentType,
    number: string,
    kind: DocumentFileKind,
    session: ProviderSession,
  ): Promise<DocumentFile>;
  deleteByReference(
    type: DocumentType,
    referenceCode: string,
    session: ProviderSession,
  ): Promise<void>;
  sendEmail(
    type: DocumentType,
    number: string,
    email: DocumentEmail,
    session: ProviderSession,
  ): Promise<void>;
  /** What Factus would e-mail (for callers that send it themselves, `send_email: false`). */
  emailContent(
    type: DocumentType,
    number: string,
    session: ProviderSession,
  ): Promise<DocumentEmailContent>;
  /** DIAN's AttachedDocument XML (what the buyer receives), not the bare UBL document. */
  downloadAttachedDocument(
    type: DocumentType,
    number: string,
    session: ProviderSession,
  ): Promise<DocumentFile>;
}
