import { createParamDecorator, ExecutionContext, Injectable, PipeTransform } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { RequestWithApiKey } from '../common/http/api-key.guard';
import { ProviderSessionResolver } from './application/provider-session.resolver';
import type { ProviderSession as Session } from './domain/provider-session';

/** Turns the request's `Authorization` header into the Factus session the request runs with. */
@Injectable()
export class ProviderSessionPipe implements PipeTransform<SessionSource, Promise<Session>> {
  constructor(private readonly sessions: ProviderSessionResolver) {}

  async transform({ authorization, account }: SessionSource): Promise<Session> {
    // Nest resolves a handler's parameters concurrently. Waiting one turn lets the validation of
    // the body and query (microtasks only) settle first, so that a bad request is refused as
    // before, with its 400, and never makes the managed session log in to Factus first.
    await new Promise((resolve) => setImmediate(resolve));
    return this.sessions.resolve(authorization, account);
  }
}

/** What a request's session is decided from: its Authorization header and its tenant account. */
type SessionSource = Pick<RequestWithApiKey, 'account'> & { authorization?: string };

const SessionSourceOf = createParamDecorator(
  (_data: unknown, context: ExecutionContext): SessionSource => {
    const request = context.switchToHttp().getRequest<FastifyRequest & RequestWithApiKey>();
    return { authorization: request.headers.authorization, account: request.account };
  },
);

/** The Factus session of a request (the caller's bearer token, or the managed session). */
export type ProviderSession = Session;

/**
 * `@ProviderSession() session: ProviderSession` in a route handler: the session the request runs
 * with, resolved once before the handler (a missing or refused token answers 401 there).
 */
export function ProviderSession(): ParameterDecorator {
  return SessionSourceOf(undefined, ProviderSessionPipe);
}
