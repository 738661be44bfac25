import { Inject, Injectable } from '@nestjs/common';
import type { ProviderSession } from '../../auth/domain/provider-session';
import {
  CachedDocumentFile,
  DocumentFileCache,
  DocumentFileKind,
} from '../../documents/application/document-file-cache';
import type {
  DocumentListFilter,
  DocumentSummary,
  Page,
} from '../../documents/domain/issued-document';
import type { IssuedNote } from '../domain/issued-note';
import { NOTE_GATEWAY, NoteGateway } from '../domain/note-gateway.port';
import type { NoteKind } from '../domain/note-kind';

/** Reading, downloading (through the shared file cache), deleting and e-mailing notes. */
@Injectable()
export class NoteDocumentsUseCase {
  constructor(
    @Inject(NOTE_GATEWAY) private readonly notes: NoteGateway,
    private readonly files: DocumentFileCache,
  ) {}

  list(
    kind: NoteKind,
    filter: DocumentListFilter,
    session: ProviderSession,
  ): Promise<Page<DocumentSummary>> {
    return this.notes.list(kind, filter, session);
  }

  get(kind: NoteKind, number: string, session: ProviderSession): Promise<IssuedNote> {
    return this.notes.get(kind, number, session);
  }

  download(
    kind: NoteKind,
    number: string,
    file: DocumentFileKind,
    session: ProviderSession,
  ): Promise<CachedDocumentFile> {
    return this.files.get(`${session.accountKey}|${kind}-note|${file}|${number}`, () =>
      this.notes.download(kind, number, file, session),
    );
  }

  deleteByReference(
    kind: NoteKind,
    referenceCode: string,
    session: ProviderSession,
  ): Promise<void> {
    return this.notes.deleteByReference(kind, referenceCode, session);
  }

  sendEmail(
    kind: NoteKind,
    number: string,
    email: string,
    session: ProviderSession,
  ): Promise<void> {
    return this.notes.sendEmail(kind, number, email, session);
  }
}
