import { CallHandler, ExecutionContext, Injectable, NestInterceptor } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { Observable, tap } from 'rxjs';
import { apiPath, ROUTES } from '../../http/routes';
import { AuthenticationFailedError } from '../domain/auth.errors';
import { LoginThrottle } from './login-throttle';

/** The public routes that send credentials to Factus on a caller's word. */
const LOGIN_ROUTES = new Set([apiPath(ROUTES.auth, 'token'), apiPath(ROUTES.auth, 'refresh')]);

/**
 * Around our login routes: a locked-out e-mail or client address is refused before anything else
 * happens (429 with Retry-After), and each answer Factus refused counts against both. The client
 * address is Fastify's `request.ip` (X-Forwarded-For only with TRUST_PROXY).
 */
@Injectable()
export class LoginAttemptsInterceptor implements NestInterceptor {
  constructor(private readonly throttle: LoginThrottle) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const request = context.switchToHttp().getRequest<FastifyRequest>();
    if (!LOGIN_ROUTES.has(request.routeOptions?.url ?? '')) return next.handle();
    const body = request.body as { email?: unknown } | undefined;
    const email = typeof body?.email === 'string' ? body.email : undefined;
    this.throttle.check(email, request.ip);
    return next.handle().pipe(
      tap({
        next: () => this.throttle.succeeded(email),
        error: (error: unknown) => {
          if (error instanceof AuthenticationFailedError) this.throttle.failed(email, request.ip);
        },
      }),
    );
  }
}
