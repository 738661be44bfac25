import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CLOCK, systemClock } from '../common/domain/clock';
import { DocumentsModule } from '../documents/documents.module';
import { FactusDocumentSpecs } from '../documents/infrastructure/factus-document-spec';
import { NumberingRangesModule } from '../numbering-ranges/numbering-ranges.module';
import { IssueAdjustmentNoteUseCase } from './application/issue-adjustment-note.use-case';
import { IssueSupportDocumentUseCase } from './application/issue-support-document.use-case';
import {
  AdjustmentNotesController,
  SupportDocumentsController,
} from './http/support-documents.controller';
import {
  FACTUS_ADJUSTMENT_NOTE_SPEC,
  FACTUS_SUPPORT_DOCUMENT_SPEC,
} from './infrastructure/factus-support-document-specs';

/** Support documents (documento soporte) and the adjustment notes that correct them. */
@Module({
  imports: [AuthModule, DocumentsModule, NumberingRangesModule],
  controllers: [SupportDocumentsController, AdjustmentNotesController],
  providers: [
    IssueSupportDocumentUseCase,
    IssueAdjustmentNoteUseCase,
    { provide: CLOCK, useValue: systemClock },
  ],
})
export class SupportDocumentsModule {
  /** They are Factus documents of their own paths: the kernel's gateway learns where they live. */
  constructor(specs: FactusDocumentSpecs) {
    specs.register(FACTUS_SUPPORT_DOCUMENT_SPEC, FACTUS_ADJUSTMENT_NOTE_SPEC);
  }
}
