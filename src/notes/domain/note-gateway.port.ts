import type { ProviderSession } from '../../auth/domain/provider-session';
import type {
  DocumentFile,
  DocumentListFilter,
  DocumentSummary,
  Page,
} from '../../documents/domain/issued-document';
import type { IssuedNote } from './issued-note';
import type { NoteDraft } from './note-draft';
import type { NoteKind } from './note-kind';

export const NOTE_GATEWAY = Symbol('NOTE_GATEWAY');

/** The provider's credit- and debit-note operations (the invoice lifecycle, per note kind). */
export interface NoteGateway {
  /** Sends the note and returns its DIAN outcome (validated or pending); a rejection throws. */
  create(kind: NoteKind, draft: NoteDraft, session: ProviderSession): Promise<IssuedNote>;
  list(
    kind: NoteKind,
    filter: DocumentListFilter,
    session: ProviderSession,
  ): Promise<Page<DocumentSummary>>;
  get(kind: NoteKind, number: string, session: ProviderSession): Promise<IssuedNote>;
  download(
    kind: NoteKind,
    number: string,
    file: 'pdf' | 'xml',
    session: ProviderSession,
  ): Promise<DocumentFile>;
  deleteByReference(kind: NoteKind, referenceCode: string, session: ProviderSession): Promise<void>;
  sendEmail(kind: NoteKind, number: string, email: string, session: ProviderSession): Promise<void>;
}
