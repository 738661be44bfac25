import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { CLOCK, systemClock } from '../common/domain/clock';
import { InvoicesModule } from '../invoices/invoices.module';
import { NumberingRangesModule } from '../numbering-ranges/numbering-ranges.module';
import { IssueNoteUseCase } from './application/issue-note.use-case';
import { NoteDocumentsUseCase } from './application/note-documents.use-case';
import { NOTE_GATEWAY } from './domain/note-gateway.port';
import { CreditNotesController, DebitNotesController } from './http/notes.controller';
import { FactusNoteGateway } from './infrastructure/factus-note.gateway';

@Module({
  imports: [AuthModule, InvoicesModule, NumberingRangesModule],
  controllers: [CreditNotesController, DebitNotesController],
  providers: [
    IssueNoteUseCase,
    NoteDocumentsUseCase,
    { provide: CLOCK, useValue: systemClock },
    { provide: NOTE_GATEWAY, useClass: FactusNoteGateway },
  ],
})
export class NotesModule {}
