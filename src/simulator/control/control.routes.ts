import type { FastifyInstance } from 'fastify';
import type { SimulatorState } from '../core/simulator-state';
import { FAULT_TYPES, FaultSpec } from '../core/faults';
import type { SimulatorSettings } from '../simulator-options';

/**
 * The simulator's own control API under /__simulator/ (not part of Factus): reset, settings,
 * request log and counters, token expiry and revocation, and next-response faults.
 */
export function registerControlRoutes(app: FastifyInstance, state: SimulatorState): void {
  app.post('/__simulator/reset', () => {
    state.reset();
    return { reset: true };
  });

  app.get('/__simulator/settings', () => state.settings);
  app.put('/__simulator/settings', (request, reply) => {
    const body = (request.body ?? {}) as Partial<Record<keyof SimulatorSettings, unknown>>;
    const next = { ...state.settings };
    for (const key of Object.keys(next) as Array<keyof SimulatorSettings>) {
      const value = body[key];
      if (value === undefined) continue;
      if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        return reply.code(400).send({ message: `${key} must be a non-negative number` });
      }
      next[key] = value;
    }
    state.settings = next;
    state.limiter.clear();
    return state.settings;
  });

  app.get('/__simulator/requests', () => ({ data: state.log.all() }));

  app.get('/__simulator/counters', () => {
    const entries = state.log.all();
    const byRoute: Record<string, number> = {};
    for (const entry of entries) {
      const key = `${entry.method} ${entry.path}`;
      byRoute[key] = (byRoute[key] ?? 0) + 1;
    }
    return {
      requests: entries.length,
      tokenRequests: entries.filter((e) => e.path === '/oauth/token').length,
      tokensIssued: entries.filter((e) => e.path === '/oauth/token' && e.status === 200).length,
      byRoute,
    };
  });

  app.post('/__simulator/tokens/expire', (request) => {
    const { accessToken } = (request.body ?? {}) as { accessToken?: string };
    return { expired: state.tokens.expire(accessToken) };
  });

  app.post('/__simulator/tokens/revoke', (request) => {
    const { accessToken } = (request.body ?? {}) as { accessToken?: string };
    return { revoked: state.tokens.revoke(accessToken) };
  });

  app.get('/__simulator/faults', () => ({ data: state.faults.list() }));
  app.post('/__simulator/faults', (request, reply) => {
    const spec = (request.body ?? {}) as FaultSpec;
    if (!FAULT_TYPES.includes(spec.type)) {
      return reply.code(400).send({ message: `type must be one of ${FAULT_TYPES.join(', ')}` });
    }
    if (spec.probability !== undefined && !(spec.probability >= 0 && spec.probability <= 1)) {
      return reply.code(400).send({ message: 'probability must be between 0 and 1' });
    }
    state.faults.add(spec);
    return reply.code(201).send({ data: state.faults.list() });
  });
  app.delete('/__simulator/faults', () => {
    state.faults.clear();
    return { data: [] };
  });
}
