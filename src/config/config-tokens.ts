import type { FactusConfig } from './app-config';

/**
 * Typed configuration per concern: a class injects the part it reads, never the whole AppConfig.
 * Each token is provided by ConfigModule from the configuration validated at start-up.
 */
export const FACTUS_CONFIG = Symbol('FACTUS_CONFIG');
export type { FactusConfig };

export const CACHE_CONFIG = Symbol('CACHE_CONFIG');
export interface CacheConfig {
  /** Bytes of downloaded PDFs and XMLs kept in memory (validated documents never change). */
  documentFilesMaxBytes: number;
  /** How long the numbering ranges of an account are reused before asking Factus again (0: never). */
  numberingRangesTtlMs: number;
}
