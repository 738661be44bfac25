import { currentSubscription, Subscription } from './subscription';

const base: Subscription = {
  name: 'Facturación',
  supportedDocumentTypes: ['Factura de Venta', 'Nota Crédito'],
  documentsQuota: 100,
  documentsConsumed: 0,
  documentsAvailable: 100,
  unlimited: false,
  daysUntilExpiration: 365,
  activatedAt: '2025-12-09T19:00:00-05:00',
  expiresAt: '2026-12-09T19:00:00-05:00',
  hasExpired: false,
  isActive: true,
};
const payroll: Subscription = { ...base, name: 'Nómina', supportedDocumentTypes: ['Nómina'] };

describe('currentSubscription', () => {
  it('prefers the active subscription that covers invoices', () => {
    expect(currentSubscription([payroll, base])).toBe(base);
  });

  it('falls back to any active one, then to the invoicing one even if it lapsed', () => {
    const lapsed = { ...base, hasExpired: true };
    expect(currentSubscription([lapsed, payroll])).toBe(payroll);
    const lapsedPayroll = { ...payroll, isActive: false };
    expect(currentSubscription([lapsedPayroll, lapsed])).toBe(lapsed);
    expect(currentSubscription([lapsedPayroll])).toBe(lapsedPayroll);
    expect(currentSubscription([])).toBeUndefined();
  });
});
