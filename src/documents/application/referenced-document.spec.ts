import type { ProviderSession } from '../../auth/domain/provider-session';
import type { DocumentGateway } from '../domain/document-gateway.port';
import { INVOICE } from '../domain/document-type';
import { DocumentNotFoundError } from '../domain/document.errors';
import type { IssuedDocument } from '../domain/issued-document';
import { validatedReference } from './referenced-document';

const session: ProviderSession = {
  accessToken: 't',
  accountKey: 'user:a',
  renew: () => Promise.resolve('t'),
};
const refuse = {
  notFound: (number: string) => new Error(`missing ${number}`),
  notValidated: (number: string, status: string, alreadyProcessed: boolean) =>
    new Error(`${number} ${status} ${alreadyProcessed ? 'rule 90' : 'plain'}`),
};

function gateway(answer: () => Promise<Partial<IssuedDocument>>): DocumentGateway {
  return { get: () => answer() } as unknown as DocumentGateway;
}

const lookUp = (answer: () => Promise<Partial<IssuedDocument>>) =>
  validatedReference(gateway(answer), INVOICE, 'SETP1', session, refuse);

describe('validatedReference (what a correcting document corrects)', () => {
  it('gives the validated document back', async () => {
    const document = { number: 'SETP1', status: 'validated' as const, dianMessages: [] };
    await expect(lookUp(() => Promise.resolve(document))).resolves.toBe(document);
  });

  it("answers the correcting type's not-found error for a document Factus does not have", async () => {
    await expect(
      lookUp(() => Promise.reject(new DocumentNotFoundError('SETP1', INVOICE))),
    ).rejects.toThrow('missing SETP1');
  });

  it('refuses one DIAN has not validated, saying when DIAN reports rule 90', async () => {
    await expect(
      lookUp(() => Promise.resolve({ status: 'pending' as const, dianMessages: [] })),
    ).rejects.toThrow('SETP1 pending plain');
    const rule90 = { rule: '90', kind: 'rejection', message: 'Documento procesado anteriormente' };
    await expect(
      lookUp(() => Promise.resolve({ status: 'rejected', dianMessages: [rule90] } as never)),
    ).rejects.toThrow('SETP1 rejected rule 90');
  });

  it('lets any other failure through as it is', async () => {
    const outage = new Error('Factus is down');
    await expect(lookUp(() => Promise.reject(outage))).rejects.toBe(outage);
  });
});
