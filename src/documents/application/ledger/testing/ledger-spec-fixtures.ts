import type { ProviderSession } from '../../../../auth/domain/provider-session';
import { Dec } from '../../../../common/domain/decimal';
import type { LedgerConfig } from '../../../../config/config-tokens';
import type { DianMessage, IssuedDocument } from '../../../domain/issued-document';

/** The caller's session in the ledger's application specs. */
export const SESSION: ProviderSession = { accessToken: 'token-a', accountKey: 'account-a' };

export const REJECTION: DianMessage = {
  rule: 'FAK24',
  kind: 'rejection',
  message: 'NIT no válido',
};

/** What the provider answers for a document: number `SETP-<reference>`, zero totals. */
export function anIssuedDocument(
  referenceCode: string,
  status: IssuedDocument['status'],
  overrides: Partial<IssuedDocument> & { cufe?: string } = {},
): IssuedDocument {
  const zero = new Dec('0');
  return {
    number: `SETP-${referenceCode}`,
    referenceCode,
    status,
    dianMessages: [],
    totals: {
      grossAmount: zero,
      taxableAmount: zero,
      taxAmount: zero,
      surchargeAmount: zero,
      prepaymentAmount: zero,
      total: zero,
    },
    customer: { identification: '900000001' },
    items: [],
    paymentDetails: [],
    links: {},
    ...overrides,
  };
}

/** Settings for a worker that never polls on its own (the specs drive it). */
export function aLedgerConfig(overrides: Partial<LedgerConfig> = {}): LedgerConfig {
  return {
    syncWaitMs: 1_000,
    leaseMs: 30_000,
    pollMs: 60_000,
    concurrency: 2,
    maxAttempts: 3,
    retryBaseMs: 1_000,
    retryMaxMs: 60_000,
    pendingMaxAgeMs: 3_600_000,
    rejectedCleanup: 'delete',
    workerEnabled: false,
    ...overrides,
  };
}
