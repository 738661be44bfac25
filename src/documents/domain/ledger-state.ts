/**
 * The life of a document in the ledger:
 *
 *   queued ──claim──▶ sending ──▶ validated                      (final)
 *     ▲                 │   ├───▶ pending_dian ──follow-up──▶ validated | rejected | failed
 *     └──outage/retry───┘   ├───▶ rejected                       (final unless resubmitted)
 *                           └───▶ failed                         (gave up; final unless resubmitted)
 *
 * `sending` is owned by one replica through a lease; an expired lease is taken over (the new
 * owner looks the reference up at the provider before sending again).
 */
export const LEDGER_STATES = [
  'queued',
  'sending',
  'validated',
  'pending_dian',
  'rejected',
  'failed',
] as const;
export type LedgerState = (typeof LEDGER_STATES)[number];

const TRANSITIONS: Record<LedgerState, readonly LedgerState[]> = {
  queued: ['sending', 'failed'],
  // sending → sending: a lease taken over after its owner disappeared.
  sending: ['sending', 'queued', 'validated', 'pending_dian', 'rejected', 'failed'],
  // A follow-up that finds DIAN still silent keeps it pending (no history row: no change).
  pending_dian: ['validated', 'rejected', 'failed', 'pending_dian'],
  validated: [],
  // Resubmitted by the caller with corrected data under the same reference.
  rejected: ['queued'],
  failed: ['queued'],
};

export function canTransition(from: LedgerState, to: LedgerState): boolean {
  return TRANSITIONS[from].includes(to);
}

/** A state with no work left for the worker (until the caller resubmits). */
export function isSettled(state: LedgerState): boolean {
  return state === 'validated' || state === 'rejected' || state === 'failed';
}

/** States whose document counts against an invoice's creditable remainder. */
export const COUNTING_STATES: readonly LedgerState[] = [
  'queued',
  'sending',
  'validated',
  'pending_dian',
];

export function isLedgerState(value: string): value is LedgerState {
  return (LEDGER_STATES as readonly string[]).includes(value);
}
