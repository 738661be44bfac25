import { canTransition, isSettled, LEDGER_STATES, LedgerState } from './ledger-state';

describe('the ledger state machine', () => {
  it('starts every attempt from queued, and only an attempt leaves sending', () => {
    expect(canTransition('queued', 'sending')).toBe(true);
    expect(canTransition('queued', 'validated')).toBe(false);
    for (const to of ['queued', 'validated', 'pending_dian', 'rejected', 'failed'] as const)
      expect(canTransition('sending', to)).toBe(true);
  });

  it('never leaves validated', () => {
    for (const to of LEDGER_STATES) expect(canTransition('validated', to)).toBe(false);
  });

  it('follows a pending document to DIAN’s word, never back to queued', () => {
    expect(LEDGER_STATES.filter((to) => canTransition('pending_dian', to)).sort()).toEqual<
      LedgerState[]
    >(['failed', 'pending_dian', 'rejected', 'validated']);
  });

  it('reopens rejected and failed documents only as queued (a resubmission)', () => {
    for (const from of ['rejected', 'failed'] as const)
      expect(LEDGER_STATES.filter((to) => canTransition(from, to))).toEqual(['queued']);
  });

  it('calls validated, rejected and failed settled, and nothing else', () => {
    expect(LEDGER_STATES.filter(isSettled)).toEqual(['validated', 'rejected', 'failed']);
  });
});
