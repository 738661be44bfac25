import { Inject, Injectable } from '@nestjs/common';
import { AUTH_GATEWAY, AuthGateway } from '../domain/auth-gateway.port';
import type { AuthToken } from '../domain/auth-token';
import { TokenOwnerRegistry } from './token-owner.registry';

/**
 * Exchanges a refresh token for a new token pair (Factus rotates refresh tokens). The access token
 * issued with it, when the caller sends it, goes along as refresh-token.md documents: whichever
 * replica issued the pair (or none, after a restart) then refreshes it the documented way.
 */
@Injectable()
export class RefreshTokenUseCase {
  constructor(
    @Inject(AUTH_GATEWAY) private readonly gateway: AuthGateway,
    private readonly owners: TokenOwnerRegistry,
  ) {}

  async execute(refreshToken: string, accessToken?: string): Promise<AuthToken> {
    const owner = this.owners.ownerOf(refreshToken.trim());
    const token = await this.gateway.refresh(refreshToken.trim(), owner, accessToken);
    if (owner) this.owners.remember(owner, token.accessToken, token.refreshToken);
    return token;
  }
}
