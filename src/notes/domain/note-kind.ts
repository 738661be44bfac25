import type { CatalogName } from '../../catalogs/domain/catalog-names';
import { CREDIT_NOTE, DEBIT_NOTE, DocumentType } from '../../documents/domain/document-type';
import type { IssuedNote } from './issued-note';
import type { NoteDraft } from './note-draft';

export type NoteKind = 'credit' | 'debit';

/** Where credit and debit notes differ (factus-api.md §2.3, §2.4, §3.6). */
export interface NoteKindSpec {
  /** The kernel's type, created from a NoteDraft and answered as an IssuedNote. */
  type: DocumentType<NoteDraft, IssuedNote>;
  /** DIAN correction concepts: credit 1–6, debit 1–4. */
  conceptTable: CatalogName;
  /** Customization that references an invoice (default) and the one that does not. */
  withReference: string;
  withoutReference: string;
}

export const NOTE_KINDS: Record<NoteKind, NoteKindSpec> = {
  credit: {
    type: CREDIT_NOTE as DocumentType<NoteDraft, IssuedNote>,
    conceptTable: 'credit-note-correction-concepts',
    withReference: '20',
    withoutReference: '22',
  },
  debit: {
    type: DEBIT_NOTE as DocumentType<NoteDraft, IssuedNote>,
    conceptTable: 'debit-note-correction-concepts',
    withReference: '30',
    withoutReference: '32',
  },
};
