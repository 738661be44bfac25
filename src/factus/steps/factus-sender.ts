import type { FactusCall, FactusResult } from '../factus-call';

/** One call on its way down the steps, with the token it goes with and which try this is. */
export interface FactusAttempt {
  call: FactusCall;
  accessToken?: string;
  /** 1 for the first try; counted again from 1 when a refused managed token is replayed. */
  attempt: number;
}

/**
 * Each step does its part and hands the attempt to the next one:
 * session replay → resilience → rate budget → exchange (→ transport).
 */
export interface FactusSender {
  send(attempt: FactusAttempt): Promise<FactusResult<unknown>>;
}
