import { Inject, Injectable } from '@nestjs/common';
import { AUTH_GATEWAY, AuthGateway } from '../domain/auth-gateway.port';
import type { AuthToken } from '../domain/auth-token';

/** Logs in to Factus with a user's e-mail and password (password grant). */
@Injectable()
export class IssueTokenUseCase {
  constructor(@Inject(AUTH_GATEWAY) private readonly gateway: AuthGateway) {}

  execute(email: string, password: string): Promise<AuthToken> {
    return this.gateway.authenticate(email.trim(), password);
  }
}
