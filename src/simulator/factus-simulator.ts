import Fastify, { FastifyInstance } from 'fastify';
import type { AddressInfo } from 'node:net';
import { registerOAuthRoutes } from './auth/oauth.routes';
import { registerControlRoutes } from './control/control.routes';
import { SimulatorState } from './core/simulator-state';
import { systemClock } from './simulator-clock';
import type { SimulatorOptions } from './simulator-options';

const NOT_FOUND = { status: 'Not Found', message: 'No se encontró la ruta o recurso solicitado' };

/**
 * A faithful fake of Factus v2 over real HTTP (../shared/factus-api.md). It is the embedded default
 * when no Factus is configured, the double of every e2e test, and the target of the benchmarks.
 */
export class FactusSimulator {
  readonly state: SimulatorState;
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
    this.app.setNotFoundHandler((_request, reply) => reply.code(404).send(NOT_FOUND));
    registerControlRoutes(this.app, this.state);
    registerOAuthRoutes(this.app, this.state);
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
