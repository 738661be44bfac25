import type { AppConfig } from './app-config';

/** What the embedded simulator tells the service once it listens: where, and its demo account. */
export interface EmbeddedFactus {
  baseUrl: string;
  clientId: string;
  clientSecret: string;
  /** The simulator's demo user. */
  demoUser: { username: string; password: string };
}

/**
 * The configuration pointed at the embedded simulator. Its demo user becomes the managed session
 * (unless FACTUS_USERNAME named another), so that a newcomer can issue invoices from Swagger UI
 * without handling tokens; a bearer sent by the caller still takes precedence.
 */
export function withEmbeddedFactus(config: AppConfig, factus: EmbeddedFactus): AppConfig {
  if (!config.factus.embeddedSimulator) {
    throw new Error('withEmbeddedFactus: this configuration names a Factus of its own');
  }
  return {
    ...config,
    factus: {
      ...config.factus,
      baseUrl: factus.baseUrl,
      clientId: factus.clientId,
      clientSecret: factus.clientSecret,
      managedUser: config.factus.managedUser ?? factus.demoUser,
    },
  };
}
