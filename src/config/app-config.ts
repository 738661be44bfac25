/** The service's whole configuration, validated once at start-up (see load-config.ts). */
export type NodeEnv = 'development' | 'production' | 'test';
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'verbose';

export interface FactusConfig {
  /** Factus base URL without trailing slash, e.g. https://api-sandbox.factus.com.co. */
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** Per-request timeout toward Factus. */
  timeoutMs: number;
  /** True when the service runs against its own embedded simulator (no Factus configured). */
  embeddedSimulator: boolean;
}

export interface AppConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  logLevel: LogLevel;
  swaggerEnabled: boolean;
  factus: FactusConfig;
  /** Bytes of downloaded PDFs and XMLs kept in memory (validated documents never change). */
  documentCacheMaxBytes: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');
