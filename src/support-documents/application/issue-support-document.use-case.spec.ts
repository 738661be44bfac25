import type { ProviderSession } from '../../auth/domain/provider-session';
import { DianCatalog } from '../../catalogs/domain/dian-catalog';
import { Dec } from '../../common/domain/decimal';
import { RequestValidationError } from '../../common/errors/common.errors';
import type {
  DocumentIssuer,
  IssueRequest,
} from '../../documents/application/ledger/document-issuer';
import type { DocumentGateway } from '../../documents/domain/document-gateway.port';
import type { LedgerCredit } from '../../documents/domain/document-ledger.port';
import { DocumentNotFoundError } from '../../documents/domain/document.errors';
import type { NumberingRangeSelector } from '../../numbering-ranges/application/numbering-range-selector';
import type { IssuedSupportDocument } from '../domain/issued-support-document';
import type { AdjustmentNoteDraft, SupportDocumentDraft } from '../domain/support-document-draft';
import {
  AdjustmentExceedsRemainderError,
  ReferencedSupportDocumentNotFoundError,
  ReferencedSupportDocumentNotValidatedError,
} from '../domain/support-document.errors';
import { IssueAdjustmentNoteUseCase } from './issue-adjustment-note.use-case';
import { IssueSupportDocumentUseCase } from './issue-support-document.use-case';

const session = { accessToken: 't', accountKey: 'a' };
const clock = { now: () => new Date('2026-12-01T15:00:00Z') };
const zero = new Dec(0);
const ranges = {
  check: () => Promise.resolve([]),
  markIssued: () => undefined,
} as unknown as NumberingRangeSelector;

/** The official example: 2 × 50 000 at 20 % discount, IVA 19 % → 95 200; no dv sent. */
function aSupportDocument(): SupportDocumentDraft {
  return {
    referenceCode: 'DS-1',
    paymentDetails: [{ paymentForm: '1', paymentMethodCode: '42', amount: new Dec('95200') }],
    provider: {
      identificationDocumentCode: '31',
      identification: '2343543',
      names: 'Pepito Perez',
      address: 'calle 4',
      countryCode: 'CO',
      municipalityCode: '68679',
    },
    items: [
      {
        codeReference: '12345',
        name: 'producto de prueba',
        quantity: new Dec('2'),
        discountRate: new Dec('20'),
        price: new Dec('50000'),
        unitMeasureCode: '94',
        standardCode: '999',
        taxes: [{ code: '01', rate: new Dec('19') }],
        withholdingTaxes: [{ code: '06', rate: new Dec('3.50') }],
      },
    ],
  };
}

/** One unit returned: 47 600. */
function aNote(number = 'SEDS984000001'): AdjustmentNoteDraft {
  const document = aSupportDocument();
  return {
    ...document,
    referenceCode: 'NA-1',
    supportDocumentNumber: number,
    correctionConceptCode: '1',
    paymentDetails: [{ paymentForm: '1', paymentMethodCode: '42', amount: new Dec('47600') }],
    items: [{ ...document.items[0], quantity: new Dec('1') }],
  };
}

const issued = (status: IssuedSupportDocument['status']): IssuedSupportDocument => ({
  number: 'SEDS984000001',
  referenceCode: 'DS-1',
  status,
  dianMessages: [],
  totals: {
    grossAmount: zero,
    taxableAmount: zero,
    taxAmount: zero,
    surchargeAmount: zero,
    prepaymentAmount: zero,
    total: new Dec('95200.00'),
  },
  customer: { identification: '2343543' },
  provider: { identification: '2343543' },
  withholdingTaxes: [],
  items: [],
  paymentDetails: [],
  links: {},
});

/** An issuer that records what it was asked and runs the credit check on `held` ledger notes. */
function recordingIssuer(held: LedgerCredit[] = []) {
  const requests: Array<IssueRequest<unknown, IssuedSupportDocument>> = [];
  const issuer = {
    issue: (request: IssueRequest<unknown, IssuedSupportDocument>, _s: ProviderSession) => {
      requests.push(request);
      request.creditCheck?.(held);
      return Promise.resolve({ kind: 'document', document: issued('validated') });
    },
  } as unknown as DocumentIssuer;
  return { issuer, requests };
}

describe('IssueSupportDocumentUseCase', () => {
  it('sends the NIT check digit it computed when the request has none, and the total as decimal', async () => {
    const { issuer, requests } = recordingIssuer();
    await new IssueSupportDocumentUseCase(issuer, new DianCatalog(), clock, ranges).execute(
      aSupportDocument(),
      session,
    );
    expect(requests).toHaveLength(1);
    const draft = requests[0].draft as SupportDocumentDraft;
    expect(draft.provider.dv).toBe('7');
    expect(requests[0].amount?.toFixed(2)).toBe('95200.00');
  });

  it('refuses a bad document before the ledger sees it, naming every field', async () => {
    const { issuer, requests } = recordingIssuer();
    const bad = aSupportDocument();
    bad.provider = { ...bad.provider, identificationDocumentCode: '13', countryCode: 'US' };
    const error = await new IssueSupportDocumentUseCase(issuer, new DianCatalog(), clock, ranges)
      .execute(bad, session)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RequestValidationError);
    const fields = (error as RequestValidationError).errors.map((e) => e.field).sort();
    expect(fields).toEqual(['provider.identificationDocumentCode', 'provider.municipalityCode']);
    expect(requests).toHaveLength(0);
  });
});

describe('IssueAdjustmentNoteUseCase', () => {
  const gatewayWith = (found: IssuedSupportDocument | Error) =>
    ({
      get: jest.fn(() => (found instanceof Error ? Promise.reject(found) : Promise.resolve(found))),
    }) as unknown as DocumentGateway;
  const useCase = (gateway: DocumentGateway, issuer: DocumentIssuer) =>
    new IssueAdjustmentNoteUseCase(gateway, new DianCatalog(), clock, ranges, issuer);

  it('issues against the support document under its lock, with the note total and the number', async () => {
    const { issuer, requests } = recordingIssuer();
    await useCase(gatewayWith(issued('validated')), issuer).execute(aNote(), session);
    expect(requests).toHaveLength(1);
    expect(requests[0]).toMatchObject({ referencedNumber: 'SEDS984000001' });
    expect(requests[0].amount?.toFixed(2)).toBe('47600.00');
    expect(requests[0].creditCheck).toBeDefined();
  });

  it('refuses, inside the check, a note over the total minus the notes the ledger holds', async () => {
    const { issuer } = recordingIssuer([
      { referenceCode: 'NA-0', number: 'NA1', state: 'validated', amount: new Dec('50000.00') },
    ]);
    const error = await useCase(gatewayWith(issued('validated')), issuer)
      .execute(aNote(), session)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AdjustmentExceedsRemainderError);
    expect((error as AdjustmentExceedsRemainderError).extensions).toMatchObject({
      requested: '47600.00',
      remaining: '45200.00',
      documentTotal: '95200.00',
    });
  });

  it('admits a note for exactly what remains', async () => {
    const { issuer, requests } = recordingIssuer([
      { referenceCode: 'NA-0', state: 'queued', amount: new Dec('47600.00') },
    ]);
    await useCase(gatewayWith(issued('validated')), issuer).execute(aNote(), session);
    expect(requests).toHaveLength(1);
  });

  it('answers an unknown support document as the referenced one not found', async () => {
    const { issuer, requests } = recordingIssuer();
    const missing = new DocumentNotFoundError('SEDS9', {
      key: 'support-document',
      name: 'support document',
    } as never);
    await expect(
      useCase(gatewayWith(missing), issuer).execute(aNote('SEDS9'), session),
    ).rejects.toBeInstanceOf(ReferencedSupportDocumentNotFoundError);
    expect(requests).toHaveLength(0);
  });

  it('never advises resending or deleting a support document DIAN reports with rule 90', async () => {
    const { issuer } = recordingIssuer();
    const processed = {
      ...issued('pending'),
      dianMessages: [
        {
          rule: '90',
          kind: 'rejection' as const,
          message: 'Regla: 90, Rechazo: Documento procesado anteriormente.',
        },
      ],
    };
    const error = (await useCase(gatewayWith(processed), issuer)
      .execute(aNote(), session)
      .catch((e: unknown) => e)) as Error;
    expect(error).toBeInstanceOf(ReferencedSupportDocumentNotValidatedError);
    expect(error.message).toMatch(/do not delete it and do not resend it/);
    expect(error.message).not.toMatch(/delete it \(when rejected\)/);
  });

  it('refuses a support document DIAN has not validated', async () => {
    const { issuer, requests } = recordingIssuer();
    await expect(
      useCase(gatewayWith(issued('pending')), issuer).execute(aNote(), session),
    ).rejects.toBeInstanceOf(ReferencedSupportDocumentNotValidatedError);
    expect(requests).toHaveLength(0);
  });
});
