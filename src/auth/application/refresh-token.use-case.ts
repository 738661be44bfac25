import { Inject, Injectable } from '@nestjs/common';
import { AUTH_GATEWAY, AuthGateway } from '../domain/auth-gateway.port';
import type { AuthToken } from '../domain/auth-token';

/** Exchanges a refresh token for a new token pair (Factus rotates refresh tokens). */
@Injectable()
export class RefreshTokenUseCase {
  constructor(@Inject(AUTH_GATEWAY) private readonly gateway: AuthGateway) {}

  execute(refreshToken: string): Promise<AuthToken> {
    return this.gateway.refresh(refreshToken.trim());
  }
}
