import type { FastifyInstance } from 'fastify';
import type { BillingState } from '../billing-state';
import { simRoute } from '../core/sim-route';

/** `GET /v2/subscriptions` (factus-api.md §2.11): the account's subscriptions, a plain array. */
export function registerSubscriptionRoutes(app: FastifyInstance, billing: BillingState): void {
  simRoute(app, billing.state, 'GET', '/v2/subscriptions', { auth: 'bearer' }, () => ({
    status: 200,
    body: { status: 'OK', message: 'Solicitud exitosa', data: billing.subscription.view() },
  }));
}
