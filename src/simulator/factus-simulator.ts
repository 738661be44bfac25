import Fastify, { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { registerAcquirerRoutes } from './acquirers/acquirer.routes';
import { registerOAuthRoutes } from './auth/oauth.routes';
import { BillingState } from './billing-state';
import { registerDocumentRoutes } from './bills/bill.routes';
import { DOCUMENT_KINDS } from './bills/document-kind';
import { registerCompanyRoutes } from './company/company.routes';
import { registerControlRoutes } from './control/control.routes';
import { registerDocumentXmlRoutes } from './documents/document-xml.routes';
import { registerDocumentControlRoutes } from './control/documents-control.routes';
import { SimulatorState } from './core/simulator-state';
import { systemClock } from './simulator-clock';
import type { SimulatorOptions } from './simulator-options';
import { registerNumberingRangeAdminRoutes } from './ranges/numbering-range-admin.routes';
import { registerNumberingRangeRoutes } from './ranges/numbering-range.routes';
import { registerBillRadianRoutes } from './radian/radian.routes';
import { registerReceptionRoutes } from './receptions/reception.routes';
import { registerSubscriptionRoutes } from './subscriptions/subscription.routes';

const NOT_FOUND = { status: 'Not Found', message: 'No se encontró la ruta o recurso solicitado' };

/**
 * A faithful fake of Factus v2 over real HTTP (../shared/factus-api.md). It is the embedded default
 * when no Factus is configured, the double of every e2e test, and the target of the benchmarks.
 */
export class FactusSimulator {
  readonly state: SimulatorState;
  /** Numbering ranges, documents and queued DIAN outcomes (cleared by the control-API reset). */
  readonly billing: BillingState;
  private readonly app: FastifyInstance;
  private address?: string;

  constructor(private readonly options: SimulatorOptions = {}) {
    this.state = new SimulatorState(options.now ?? systemClock, options.settings);
    this.app = Fastify({ logger: false, bodyLimit: 10 * 1024 * 1024, forceCloseConnections: true });
    // Factus's token endpoint takes form-encoded bodies.
    this.app.addContentTypeParser(
      'application/x-www-form-urlencoded',
      { parseAs: 'string' },
      (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(body as string))),
    );
    // Laravel ignores an empty body whatever its content type; Fastify's JSON parser would refuse
    // it with 400, e.g. on a DELETE sent with `Content-Type: application/json` and no body.
    const parseJson = this.app.getDefaultJsonParser('error', 'error');
    this.app.removeContentTypeParser('application/json');
    this.app.addContentTypeParser(
      'application/json',
      { parseAs: 'string' },
      (request, body, done) => {
        const text = body as string;
        if (text.trim() === '') return done(null, undefined);
        return parseJson(request, text, done);
      },
    );
    this.app.setNotFoundHandler((_request, reply) => reply.code(404).send(NOT_FOUND));
    this.billing = new BillingState(this.state);
    registerControlRoutes(this.app, this.state);
    registerDocumentControlRoutes(this.app, this.billing);
    registerOAuthRoutes(this.app, this.state);
    registerNumberingRangeRoutes(this.app, this.billing);
    registerNumberingRangeAdminRoutes(this.app, this.billing);
    registerAcquirerRoutes(this.app, this.state);
    registerCompanyRoutes(this.app, this.state);
    registerSubscriptionRoutes(this.app, this.billing);
    for (const kind of DOCUMENT_KINDS) registerDocumentRoutes(this.app, this.billing, kind);
    registerBillRadianRoutes(this.app, this.billing);
    registerReceptionRoutes(this.app, this.billing);
    registerDocumentXmlRoutes(this.app, this.billing);
  }

  /** Starts listening (port 0 = a free port) and returns the base URL. */
  async start(): Promise<string> {
    const host = this.options.host ?? '127.0.0.1';
    await this.app.listen({ port: this.options.port ?? 0, host });
    const { port } = this.app.server.address() as AddressInfo;
    this.address = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
    return this.address;
  }

  get url(): string {
    if (!this.address) throw new Error('The simulator has not been started');
    return this.address;
  }

  async close(): Promise<void> {
    await this.app.close();
  }
}
