/*
 * The faults the soak injects: on every Factus route the traffic reaches, one fault type at a time
 * with a 5 % probability, and the types rotate across the routes every few seconds, so that each
 * route meets each type during the run (the simulator applies only the first fault that matches a
 * route, hence one per route at a time).
 */
import type { FaultSpec } from '../../src/simulator/core/faults';
import type { SimulatorApi } from '../simulator-api';

export const FAULT_PROBABILITY = 0.05;

/** The service's FACTUS_TIMEOUT_MS during the soak; `latency-after` goes past it. */
export const SOAK_FACTUS_TIMEOUT_MS = 1000;

export const FAULT_ROUTES = [
  'POST /v2/bills/validate',
  'GET /v2/bills',
  'POST /v2/credit-notes/validate',
  'GET /v2/credit-notes',
  'GET /v2/numbering-ranges',
];

export const FAULT_TYPES: Omit<FaultSpec, 'route' | 'probability'>[] = [
  { type: 'status', status: 500 },
  { type: 'status', status: 502 },
  { type: 'status', status: 503 },
  { type: 'reset-before' },
  { type: 'reset-after' },
  { type: 'latency-after', latencyMs: SOAK_FACTUS_TIMEOUT_MS + 500 },
  { type: 'garbage' },
];

export function describeFault(fault: Omit<FaultSpec, 'route' | 'probability'>): string {
  return fault.type === 'status' ? `status ${fault.status}` : fault.type;
}

/** Arms the faults of rotation step `step` (replacing the previous ones). */
export async function armFaults(sim: SimulatorApi, step: number): Promise<void> {
  await sim.clearFaults();
  for (const [i, route] of FAULT_ROUTES.entries()) {
    const fault = FAULT_TYPES[(i + step) % FAULT_TYPES.length];
    await sim.fault({ ...fault, route, probability: FAULT_PROBABILITY });
  }
}
