import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CLOCK, systemClock } from '../common/domain/clock';
import { DocumentsModule } from '../documents/documents.module';
import { FactusDocumentSpecs } from '../documents/infrastructure/factus-document-spec';
import { NumberingRangesModule } from '../numbering-ranges/numbering-ranges.module';
import { IssueNoteUseCase } from './application/issue-note.use-case';
import { CreditNotesController, DebitNotesController } from './http/notes.controller';
import { FACTUS_NOTE_SPECS } from './infrastructure/factus-note-specs';

@Module({
  imports: [AuthModule, DocumentsModule, NumberingRangesModule],
  controllers: [CreditNotesController, DebitNotesController],
  providers: [IssueNoteUseCase, { provide: CLOCK, useValue: systemClock }],
})
export class NotesModule {
  /** Credit and debit notes are Factus notes: the kernel's gateway learns where they live. */
  constructor(specs: FactusDocumentSpecs) {
    specs.register(...FACTUS_NOTE_SPECS);
  }
}
