/** A Factus subscription: a document quota for some document types, valid for a period. */
export interface Subscription {
  name: string;
  /** Names of the document types it covers (`Factura de Venta`, `Nota Crédito`, ...). */
  supportedDocumentTypes: string[];
  documentsQuota: number;
  documentsConsumed: number;
  /** Documents left; null when the quota is unlimited. */
  documentsAvailable: number | null;
  unlimited: boolean;
  daysUntilExpiration: number | null;
  /** ISO 8601 in Bogotá time. */
  activatedAt: string | null;
  expiresAt: string | null;
  hasExpired: boolean;
  isActive: boolean;
}

/**
 * The subscription that governs invoicing. Factus lists one per group of documents (invoicing,
 * payroll, ...): prefer an active, unexpired one that covers sales invoices, then any active one,
 * then the invoicing one even if it lapsed (so that the caller sees why it cannot issue).
 */
export function currentSubscription(
  subscriptions: readonly Subscription[],
): Subscription | undefined {
  const inForce = (s: Subscription) => s.isActive && !s.hasExpired;
  const invoicing = (s: Subscription) =>
    s.supportedDocumentTypes.some((type) => /factura/i.test(type));
  return (
    subscriptions.find((s) => inForce(s) && invoicing(s)) ??
    subscriptions.find(inForce) ??
    subscriptions.find(invoicing) ??
    subscriptions[0]
  );
}
