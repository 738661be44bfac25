/**
 * What "DIAN" answers to the next validations, queued by tests through the control API
 * (`POST /__simulator/dian/outcomes`) and consumed first in, first out by create and resend calls.
 * With nothing queued DIAN validates, as the sandbox does for well-formed documents.
 */
export const DIAN_OUTCOMES = ['validated', 'pending', 'rejected', 'rule90'] as const;
export type DianOutcomeKind = (typeof DIAN_OUTCOMES)[number];

export interface DianOutcome {
  outcome: DianOutcomeKind;
  /** Rejection rule (default FAJ43b, the docs' own rejection example). */
  rule?: string;
  message?: string;
}

export class DianOutcomeQueue {
  private queue: DianOutcome[] = [];

  enqueue(outcome: DianOutcome, count = 1): void {
    for (let i = 0; i < count; i += 1) this.queue.push({ ...outcome });
  }

  next(): DianOutcome {
    return this.queue.shift() ?? { outcome: 'validated' };
  }

  list(): DianOutcome[] {
    return this.queue.map((outcome) => ({ ...outcome }));
  }

  clear(): void {
    this.queue = [];
  }
}
