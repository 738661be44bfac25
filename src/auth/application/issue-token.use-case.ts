import { Inject, Injectable } from '@nestjs/common';
import { AUTH_GATEWAY, AuthGateway } from '../domain/auth-gateway.port';
import type { AuthToken } from '../domain/auth-token';
import { TokenOwnerRegistry } from './token-owner.registry';

/** Logs in to Factus with a user's e-mail and password (password grant). */
@Injectable()
export class IssueTokenUseCase {
  constructor(
    @Inject(AUTH_GATEWAY) private readonly gateway: AuthGateway,
    private readonly owners: TokenOwnerRegistry,
  ) {}

  async execute(email: string, password: string): Promise<AuthToken> {
    const token = await this.gateway.authenticate(email.trim(), password);
    this.owners.remember(email, token.accessToken, token.refreshToken);
    return token;
  }
}
