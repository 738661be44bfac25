import type { ProviderSession } from '../../auth/domain/provider-session';
import type {
  DocumentIssuer,
  IssueRequest,
} from '../../documents/application/ledger/document-issuer';
import type { IssuedNote } from '../domain/issued-note';
import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import { Dec } from '../../common/domain/decimal';
import type { DocumentGateway } from '../../documents/domain/document-gateway.port';
import { DocumentNotFoundError } from '../../documents/domain/document.errors';
import type {
  CorrectableDocument,
  IssuedDocument,
  RelatedNote,
} from '../../documents/domain/issued-document';
import { aDraft } from '../../documents/domain/testing/document-draft.builder';
import { FactusBadResponseError } from '../../factus/factus.errors';
import type { NumberingRangeSelector } from '../../numbering-ranges/application/numbering-range-selector';
import type { NoteDraft } from '../domain/note-draft';
import {
  CreditExceedsRemainderError,
  ReferencedInvoiceNotValidatedError,
} from '../domain/note.errors';
import { IssueNoteUseCase } from './issue-note.use-case';

const session = { accessToken: 't', accountKey: 'a' };
const zero = new Dec(0);
const totals = (total: string) => ({
  grossAmount: zero,
  taxableAmount: zero,
  taxAmount: zero,
  surchargeAmount: zero,
  prepaymentAmount: zero,
  total: new Dec(total),
});
const doc = (number: string, total: string, status: IssuedDocument['status']): IssuedDocument => ({
  number,
  referenceCode: number,
  status,
  dianMessages: [],
  totals: totals(total),
  customer: { identification: '1' },
  items: [],
  paymentDetails: [],
  links: {},
});

/** The official example as a credit note: 83 300. */
function aCreditNote(): NoteDraft {
  const {
    document: _d,
    operationType: _o,
    relatedDocuments: _r,
    ...invoice
  } = aDraft({ referenceCode: 'NC-NEW' });
  return { ...invoice, correctionConceptCode: '2', billNumber: 'SETP1' };
}

/** A gateway holding an invoice of 166 600 with these related credit notes, and these notes. */
function gatewayWith(related: RelatedNote[], notes: Record<string, IssuedDocument | Error>) {
  const invoice: CorrectableDocument = {
    ...doc('SETP1', '166600.00', 'validated'),
    relatedNotes: { creditNotes: related, debitNotes: [] },
  };
  const get = jest.fn((type: { key: string }, number: string) => {
    if (type.key === 'invoice') return Promise.resolve(invoice);
    const note = notes[number];
    if (note === undefined) return Promise.reject(new Error(`unexpected ${number}`));
    return note instanceof Error ? Promise.reject(note) : Promise.resolve(note);
  });
  const create = jest.fn(() => Promise.resolve(doc('NC9', '83300.00', 'validated')));
  return { gateway: { get, create } as unknown as DocumentGateway, get, create };
}

/** Accounts whose ranges the use case marked as issued from (so the range list refreshes). */
let markedIssued: string[] = [];

function useCase(gateway: DocumentGateway) {
  markedIssued = [];
  const ranges = {
    check: () => Promise.resolve([]),
    markIssued: (accountKey: string) => markedIssued.push(accountKey),
  } as unknown as NumberingRangeSelector;
  const clock = { now: () => new Date('2026-05-13T12:00:00Z') };
  // The ledger runs the credit check inside the invoice's lock, then the document is sent: here
  // with no credit the ledger holds, and straight to the gateway.
  const issuer = {
    issue: async (request: IssueRequest<NoteDraft, IssuedNote>, s: ProviderSession) => {
      request.creditCheck?.([]);
      return { kind: 'document', document: await gateway.create(request.type, request.draft, s) };
    },
  } as unknown as DocumentIssuer;
  return new IssueNoteUseCase(gateway, new DianCatalog(), clock, ranges, issuer);
}

describe('IssueNoteUseCase: the creditable remainder from facts (issue 14 item 6)', () => {
  it('fetches a related credit note that gives no total, and counts its real total', async () => {
    const { gateway, get, create } = gatewayWith([{ number: 'NC1' }], {
      NC1: doc('NC1', '100000.00', 'validated'),
    });
    const error = await useCase(gateway)
      .execute('credit', aCreditNote(), session)
      .catch((e: unknown) => e);
    expect(get).toHaveBeenCalledWith(
      expect.objectContaining({ key: 'credit-note' }),
      'NC1',
      session,
    );
    expect(error).toBeInstanceOf(CreditExceedsRemainderError);
    expect((error as CreditExceedsRemainderError).extensions.remaining).toBe('66600.00');
    expect(create).not.toHaveBeenCalled();
    expect(markedIssued).toEqual([]);
  });

  it('fetches an entry that gives its total but not its state, and ignores it when not validated', async () => {
    const { gateway, create } = gatewayWith([{ number: 'NC1', total: new Dec('100000.00') }], {
      NC1: doc('NC1', '100000.00', 'rejected'),
    });
    await useCase(gateway).execute('credit', aCreditNote(), session);
    expect(create).toHaveBeenCalled();
    // Factus numbered the note: the account's range list shows the new `current` next time.
    expect(markedIssued).toEqual([session.accountKey]);
  });

  it('does not fetch entries that give their total and state', async () => {
    const { gateway, get } = gatewayWith(
      [{ number: 'NC1', total: new Dec('10.00'), isValidated: true }],
      {},
    );
    await useCase(gateway).execute('credit', aCreditNote(), session);
    expect(get).toHaveBeenCalledTimes(1); // the invoice only
  });

  it('never counts an unknown total as zero: a failing fetch fails the request', async () => {
    const down = new FactusBadResponseError('Factus failed with HTTP 500');
    const { gateway, create } = gatewayWith([{ number: 'NC1' }], { NC1: down });
    await expect(useCase(gateway).execute('credit', aCreditNote(), session)).rejects.toBe(down);
    expect(create).not.toHaveBeenCalled();
  });

  it('never advises resending or deleting an invoice DIAN reports with rule 90', async () => {
    const { gateway } = gatewayWith([], {});
    const invoice = await gateway.get({ key: 'invoice' } as never, 'SETP1', session);
    Object.assign(invoice, {
      status: 'pending',
      dianMessages: [
        { rule: '90', kind: 'rejection', message: 'Documento procesado anteriormente.' },
      ],
    });
    const error = (await useCase(gateway)
      .execute('credit', aCreditNote(), session)
      .catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ReferencedInvoiceNotValidatedError);
    expect(error.message).toMatch(/do not delete it and do not resend it/);
    expect(error.message).not.toMatch(/delete it \(when rejected\)/);
  });

  it('counts a related note Factus does not have as crediting nothing', async () => {
    const missing = new DocumentNotFoundError('NC1', {
      key: 'credit-note',
      name: 'credit note',
    } as never);
    const { gateway, create } = gatewayWith([{ number: 'NC1' }], { NC1: missing });
    await useCase(gateway).execute('credit', aCreditNote(), session);
    expect(create).toHaveBeenCalled();
    // Factus numbered the note: the account's range list shows the new `current` next time.
    expect(markedIssued).toEqual([session.accountKey]);
  });
});
