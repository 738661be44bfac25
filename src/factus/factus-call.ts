import type { ProviderAccount, ProviderSession } from '../auth/domain/provider-session';

export type FactusMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One call an adapter asks FactusHttpClient to make. */
export interface FactusCall {
  method: FactusMethod;
  /** Concrete path, e.g. `/v2/bills/SETP990000001`. */
  path: string;
  /** Path template for logs and metrics, e.g. `/v2/bills/:number` (never holds identifiers). */
  endpoint?: string;
  query?: Record<string, string | number | undefined>;
  json?: unknown;
  /** Sent as application/x-www-form-urlencoded (the OAuth endpoint). */
  form?: Record<string, string>;
  /** Sent as multipart/form-data with this one file (the company logo). */
  file?: FactusFilePart;
  /** The session the call is made with: its token goes in the bearer header. */
  session?: ProviderSession;
  /** A bare token, for calls made outside a session. Prefer `session`. */
  accessToken?: string;
  /** Whose rate budget the call spends; defaults to the session's account. */
  rateKey?: string;
  /**
   * The tenant account the call is for (base URL, budget, breaker, metrics label); defaults to
   * the session's. Absent on both: the configured Factus.
   */
  account?: ProviderAccount;
  /**
   * Whether the call may be sent again after a network error, a 5xx or a 429. True by default for
   * reads. Invoice creation sets it: Factus deduplicates by reference_code, so a resend is safe.
   */
  retryable?: boolean;
}

/** One file of a multipart/form-data body: its field, the name and type it is sent with, its bytes. */
export interface FactusFilePart {
  field: string;
  fileName: string;
  contentType: string;
  content: Buffer;
}

export interface FactusResult<T = unknown> {
  status: number;
  body: T;
  headers: Record<string, string | undefined>;
}

/** The tenant account a call is for: its own, else its session's; undefined for the configured Factus. */
export function accountOf(call: FactusCall): ProviderAccount | undefined {
  return call.account ?? call.session?.account;
}

/** The metrics label of a call's account: the tenant id, or `default` for the configured Factus. */
export function tenantLabelOf(call: FactusCall): string {
  return accountOf(call)?.tenantId ?? DEFAULT_TENANT_LABEL;
}

export const DEFAULT_TENANT_LABEL = 'default';
