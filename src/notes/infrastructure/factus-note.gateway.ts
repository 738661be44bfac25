import { Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import { FactusHttpClient } from '../../factus/factus-http.client';
import type {
  DocumentFile,
  DocumentListFilter,
  DocumentSummary,
  Page,
} from '../../documents/domain/issued-document';
import { FactusDocumentGateway } from '../../documents/infrastructure/factus-document.gateway';
import type { IssuedNote } from '../domain/issued-note';
import type { NoteDraft } from '../domain/note-draft';
import type { NoteGateway } from '../domain/note-gateway.port';
import { NOTE_KINDS, NoteKind } from '../domain/note-kind';
import { FactusNoteData, fromFactusNote, toFactusNoteRequest } from './factus-note.mapper';

/**
 * Factus v2 credit notes (`/v2/credit-notes`) and debit notes (`/v2/debit-notes`): the document
 * lifecycle shared with invoices. Their delete path has no `/destroy/` segment, unlike bills.
 */
@Injectable()
export class FactusNoteGateway implements NoteGateway {
  private readonly documents: Record<NoteKind, FactusDocumentGateway<NoteDraft, IssuedNote>>;

  constructor(client: FactusHttpClient) {
    const gateway = (kind: NoteKind, basePath: string) =>
      new FactusDocumentGateway<NoteDraft, IssuedNote>(client, {
        type: NOTE_KINDS[kind].type,
        basePath,
        deleteByReferencePath: `${basePath}/reference`,
        toRequest: toFactusNoteRequest,
        fromData: (data) => fromFactusNote(data as FactusNoteData),
      });
    this.documents = {
      credit: gateway('credit', '/v2/credit-notes'),
      debit: gateway('debit', '/v2/debit-notes'),
    };
  }

  create(kind: NoteKind, draft: NoteDraft, session: ProviderSession): Promise<IssuedNote> {
    return this.documents[kind].create(draft, session);
  }

  list(
    kind: NoteKind,
    filter: DocumentListFilter,
    session: ProviderSession,
  ): Promise<Page<DocumentSummary>> {
    return this.documents[kind].list(filter, session);
  }

  get(kind: NoteKind, number: string, session: ProviderSession): Promise<IssuedNote> {
    return this.documents[kind].get(number, session);
  }

  download(
    kind: NoteKind,
    number: string,
    file: 'pdf' | 'xml',
    session: ProviderSession,
  ): Promise<DocumentFile> {
    return this.documents[kind].download(number, file, session);
  }

  deleteByReference(
    kind: NoteKind,
    referenceCode: string,
    session: ProviderSession,
  ): Promise<void> {
    return this.documents[kind].deleteByReference(referenceCode, session);
  }

  sendEmail(
    kind: NoteKind,
    number: string,
    email: string,
    session: ProviderSession,
  ): Promise<void> {
    return this.documents[kind].sendEmail(number, email, session);
  }
}
