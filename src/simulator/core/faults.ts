/**
 * Faults the control API can inject into the next responses of the simulator, so that tests can
 * show how the service behaves when Factus misbehaves.
 */
export const FAULT_TYPES = [
  'latency', // wait latencyMs, then answer normally
  'status', // answer `status` (500, 502, 503 maintenance, 429 with Retry-After, ...) without processing
  'garbage', // process, then answer 200 with a body that is not JSON
  'truncated', // process, then answer 200 with JSON cut in half
  'reset-before', // drop the connection before processing
  'reset-after', // process (the side effect happens), then drop the connection
  'latency-after', // process (the side effect happens), then wait latencyMs before answering
  'expire-token', // the request's access token expires just before it is checked (early expiry)
  'revoke-token', // the request's access token is revoked just before it is checked
] as const;
export type FaultType = (typeof FAULT_TYPES)[number];

export interface FaultSpec {
  type: FaultType;
  /** `METHOD /path` prefix or path prefix the fault applies to; all routes when absent. */
  route?: string;
  /** How many matching requests get it (default 1). Ignored when `probability` is set. */
  count?: number;
  /** 0..1: each matching request gets it with this probability, until the fault is cleared. */
  probability?: number;
  latencyMs?: number;
  status?: number;
  retryAfterSeconds?: number;
}

interface ArmedFault extends FaultSpec {
  remaining: number;
}

export class FaultInjector {
  private faults: ArmedFault[] = [];

  constructor(private readonly random: () => number = Math.random) {}

  add(spec: FaultSpec): void {
    this.faults.push({ ...spec, remaining: spec.count ?? 1 });
  }

  clear(): void {
    this.faults = [];
  }

  list(): FaultSpec[] {
    return this.faults.map(({ remaining, ...spec }) => ({ ...spec, count: remaining }));
  }

  /** The fault that applies to this request, consuming one use of it. */
  take(method: string, path: string): FaultSpec | undefined {
    const index = this.faults.findIndex((fault) => matches(fault.route, method, path));
    if (index < 0) return undefined;
    const fault = this.faults[index];
    if (fault.probability !== undefined) {
      return this.random() < fault.probability ? fault : undefined;
    }
    fault.remaining -= 1;
    if (fault.remaining <= 0) this.faults.splice(index, 1);
    return fault;
  }
}

function matches(route: string | undefined, method: string, path: string): boolean {
  if (!route) return true;
  const [first, second] = route.trim().split(/\s+/);
  if (second === undefined) return path.startsWith(first);
  return first.toUpperCase() === method.toUpperCase() && path.startsWith(second);
}
