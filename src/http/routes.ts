/**
 * Every path of this API in one place: controllers mount on these, and `Location` headers, links
 * and the instructions in error messages are built from them. Nothing else spells a path.
 */

/** Prefix of the business API (not of health and metrics, which stay at the root for probes). */
export const API_PREFIX = 'api/v1';

/** Controller mount points, relative to API_PREFIX (health and metrics: to the root). */
export const ROUTES = {
  auth: 'auth',
  invoices: 'invoices',
  creditNotes: 'credit-notes',
  debitNotes: 'debit-notes',
  supportDocuments: 'support-documents',
  adjustmentNotes: 'adjustment-notes',
  receivedInvoices: 'received-invoices',
  company: 'company',
  catalogs: 'catalogs',
  numberingRanges: 'numbering-ranges',
  acquirers: 'acquirers',
  documents: 'documents',
  events: 'events',
  webhookEndpoints: 'webhook-endpoints',
  adminTenants: 'admin/tenants',
  health: 'health',
  metrics: 'metrics',
} as const;

/** The collection of each document type, by DocumentType key. */
export const DOCUMENT_ROUTES: Record<string, string> = {
  invoice: ROUTES.invoices,
  'credit-note': ROUTES.creditNotes,
  'debit-note': ROUTES.debitNotes,
  'support-document': ROUTES.supportDocuments,
  'adjustment-note': ROUTES.adjustmentNotes,
};

/**
 * `/api/v1/<route>[/<segment>…]`, every segment percent-encoded, so that a value (a document number,
 * a reference) can never add a path segment of its own.
 */
export function apiPath(route: string, ...segments: string[]): string {
  return [`/${API_PREFIX}/${route}`, ...segments.map(encodeURIComponent)].join('/');
}

/** Our path of one document type's collection, e.g. `/api/v1/credit-notes`. */
export function documentCollectionPath(documentTypeKey: string): string {
  const route = DOCUMENT_ROUTES[documentTypeKey];
  if (route === undefined) throw new Error(`No route for document type ${documentTypeKey}`);
  return apiPath(route);
}
