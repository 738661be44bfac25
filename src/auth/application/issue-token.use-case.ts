import { Inject, Injectable } from '@nestjs/common';
import { FACTUS_CONFIG, FactusConfig, LOGIN_CONFIG, LoginConfig } from '../../config/config-tokens';
import { AUTH_GATEWAY, AuthGateway } from '../domain/auth-gateway.port';
import type { AuthToken } from '../domain/auth-token';
import { ManagedUserLoginRefusedError } from '../domain/login.errors';
import { TokenOwnerRegistry } from './token-owner.registry';

/**
 * Logs in to Factus with a user's e-mail and password (password grant). The managed user is
 * refused here unless AUTH_ALLOW_MANAGED_USER_LOGIN: the service holds its session, and a public
 * route taking its password would let anyone guess it and spend its Factus budget.
 */
@Injectable()
export class IssueTokenUseCase {
  constructor(
    @Inject(AUTH_GATEWAY) private readonly gateway: AuthGateway,
    private readonly owners: TokenOwnerRegistry,
    @Inject(FACTUS_CONFIG) private readonly factus: FactusConfig,
    @Inject(LOGIN_CONFIG) private readonly login: LoginConfig,
  ) {}

  async execute(email: string, password: string): Promise<AuthToken> {
    const managed = this.factus.managedUser?.username.trim().toLowerCase();
    if (!this.login.allowManagedUser && managed === email.trim().toLowerCase()) {
      throw new ManagedUserLoginRefusedError();
    }
    const token = await this.gateway.authenticate(email.trim(), password, 'public-login');
    this.owners.remember(email, token.accessToken, token.refreshToken);
    return token;
  }
}
