export interface LoggedRequest {
  seq: number;
  at: string;
  method: string;
  path: string;
  status: number;
  userId?: string;
  grantType?: string;
  referenceCode?: string;
  fault?: string;
  durationMs: number;
}

/** Bounded log of what the simulator received, for tests and for people debugging. */
export class RequestLog {
  private entries: LoggedRequest[] = [];
  private seq = 0;

  constructor(private readonly capacity = 10_000) {}

  add(entry: Omit<LoggedRequest, 'seq'>): void {
    this.seq += 1;
    this.entries.push({ seq: this.seq, ...entry });
    if (this.entries.length > this.capacity) this.entries.shift();
  }

  all(): LoggedRequest[] {
    return [...this.entries];
  }

  clear(): void {
    this.entries = [];
  }
}
