/* What the soak's callers got back, by operation, status and problem code. */

export interface Answer {
  operation: string;
  /** HTTP status, or 0 when no answer came (connection error or the driver's own timeout). */
  status: number;
  /** The problem+json `code`, for errors. */
  code?: string;
  error?: string;
}

/**
 * A 5xx the service is expected to give while Factus misbehaves: 502/503/504 with a Factus code
 * (FACTUS_BAD_RESPONSE, FACTUS_UNAVAILABLE, FACTUS_TIMEOUT) or an unknown outcome
 * (INVOICE_OUTCOME_UNKNOWN, CREDIT_NOTE_OUTCOME_UNKNOWN…). Anything else is a bug.
 */
export function isMappedUpstream5xx(answer: Answer): boolean {
  return (
    [502, 503, 504].includes(answer.status) &&
    answer.code !== undefined &&
    (/^FACTUS_[A-Z_]+$/.test(answer.code) || /^[A-Z_]+_OUTCOME_UNKNOWN$/.test(answer.code))
  );
}

export class Tally {
  readonly answers = new Map<string, number>();
  readonly byOperation = new Map<string, { ok: number; failed: number }>();
  readonly unmapped: Answer[] = [];
  readonly transport: Answer[] = [];
  total = 0;
  ok = 0;

  add(answer: Answer): void {
    this.total += 1;
    const success = answer.status >= 200 && answer.status < 400;
    if (success) this.ok += 1;
    const key =
      answer.status === 0 ? 'no answer' : `${answer.status}${answer.code ? ` ${answer.code}` : ''}`;
    this.answers.set(key, (this.answers.get(key) ?? 0) + 1);
    const op = this.byOperation.get(answer.operation) ?? { ok: 0, failed: 0 };
    if (success) op.ok += 1;
    else op.failed += 1;
    this.byOperation.set(answer.operation, op);
    if (answer.status === 0) this.transport.push(answer);
    else if (answer.status >= 500 && !isMappedUpstream5xx(answer)) this.unmapped.push(answer);
  }

  get failed(): number {
    return this.total - this.ok;
  }
}
