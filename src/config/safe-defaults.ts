import { isIP } from 'node:net';
import type { AppConfig } from './app-config';
import { ConfigError } from './config.error';

/** Estimated entropy an API key needs in production (NIST's bar for a random secret). */
export const MIN_API_KEY_BITS = 128;

export const API_KEY_HINT = 'generate one with `openssl rand -hex 32` (256 bits)';

/** Whether a bind address or a URL host is this machine only. */
export function isLoopback(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '').toLowerCase();
  if (bare === 'localhost' || bare === '::1') return true;
  return isIP(bare) === 4 && bare.startsWith('127.');
}

/**
 * A conservative estimate of a key's entropy: its length times the smaller of the bits per
 * character of the alphabet it draws from (lower, upper, digits, symbols) and its measured
 * Shannon entropy per character. `aaaaaaaaaaaaaaaa` scores 0; 64 random hex characters ~240.
 */
export function estimatedKeyBits(key: string): number {
  if (key.length === 0) return 0;
  const pools: [RegExp, number][] = [
    [/[a-z]/, 26],
    [/[A-Z]/, 26],
    [/[0-9]/, 10],
    [/[^a-zA-Z0-9]/, 32],
  ];
  const pool = pools.reduce((sum, [pattern, size]) => sum + (pattern.test(key) ? size : 0), 0);
  const counts = new Map<string, number>();
  for (const char of key) counts.set(char, (counts.get(char) ?? 0) + 1);
  let shannon = 0;
  for (const count of counts.values()) {
    const p = count / key.length;
    shannon -= p * Math.log2(p);
  }
  return key.length * Math.min(Math.log2(pool), shannon);
}

/**
 * Configurations that start but are unsafe, refused with the variable to change:
 * - reachable beyond loopback with a managed session on a real Factus account and no API keys:
 *   anyone who reaches the port issues invoices in the company's name (the embedded simulator's
 *   demo user is exempt, so that `npm start` works with no configuration);
 * - in production, a Factus URL over plain http:// to another machine (tokens and passwords in
 *   clear);
 * - a shutdown grace shorter than one Factus call: SIGTERM would cut creates Factus has stored;
 * - a connection timeout shorter than the request timeout.
 */
export function assertSafeStartup(config: AppConfig): void {
  const { factus } = config;
  if (factus.managedUser && !factus.embeddedSimulator && config.apiKeys.length === 0) {
    if (!isLoopback(config.host)) {
      throw new ConfigError(
        'API_KEYS',
        `is required when FACTUS_USERNAME is set and HOST (${config.host}) is reachable beyond this machine: without it anyone who reaches the port issues invoices in the company name (${API_KEY_HINT}, or bind HOST=127.0.0.1)`,
      );
    }
  }
  if (config.nodeEnv === 'production' && factus.baseUrl.startsWith('http:')) {
    if (!isLoopback(new URL(factus.baseUrl).hostname)) {
      throw new ConfigError(
        'FACTUS_BASE_URL',
        'must be an https:// URL when NODE_ENV=production (tokens and passwords travel on it)',
      );
    }
  }
  if (config.shutdown.graceMs < factus.timeoutMs) {
    throw new ConfigError(
      'SHUTDOWN_GRACE_MS',
      `must be at least FACTUS_TIMEOUT_MS (${factus.timeoutMs}): a shorter grace cuts in-flight Factus calls, such as creates Factus has already stored (got ${config.shutdown.graceMs})`,
    );
  }
  if (config.http.connectionTimeoutMs < config.http.requestTimeoutMs) {
    throw new ConfigError(
      'HTTP_CONNECTION_TIMEOUT_MS',
      `must be at least HTTP_REQUEST_TIMEOUT_MS (${config.http.requestTimeoutMs}) (got ${config.http.connectionTimeoutMs})`,
    );
  }
}
