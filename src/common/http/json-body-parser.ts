import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyRequest } from 'fastify';
import { RequestValidationError } from '../errors/common.errors';
import { scanJsonStructure } from './json-structure-scan';
import { REQUEST_LIMITS } from './request-shape';

/**
 * Our application/json parser: the structural limits are checked on the text (linear, no
 * allocation per key) before Fastify's own secure parser (prototype-poisoning checks) runs, so a
 * hostile body costs one pass over its bytes. Registering it also keeps Nest from adding its
 * form-urlencoded parser: this API takes JSON only (see json-bodies.ts).
 */
export function registerJsonBodyParser(app: NestFastifyApplication, bodyLimit: number): void {
  const fastify = app.getHttpAdapter().getInstance();
  const parse = fastify.getDefaultJsonParser('error', 'error');
  app.useBodyParser(
    'application/json',
    { bodyLimit },
    (
      request: FastifyRequest,
      body: Buffer,
      done: (error: Error | null, value?: unknown) => void,
    ) => {
      const text = body.toString('utf8');
      const problem = scanJsonStructure(text, REQUEST_LIMITS);
      if (problem) return done(new RequestValidationError([problem]));
      void parse(request, text, done);
    },
  );
}
