import { Inject, Injectable } from '@nestjs/common';
import { FACTUS_CONFIG, FactusConfig } from '../../config/config-tokens';
import { FactusHttpClient } from '../../factus/factus-http.client';
import { FactusApiError } from '../../factus/factus.errors';
import { parseFactusAnswer } from '../../factus/wire';
import { tenantAccountKey } from '../../tenants/domain/tenant';
import type { AuthGateway, LoginBudget } from '../domain/auth-gateway.port';
import { AuthToken, authTokenFromGrant } from '../domain/auth-token';
import { AuthenticationFailedError } from '../domain/auth.errors';
import type { ProviderAccount, ProviderClient } from '../domain/provider-session';
import { factusTokenResponseSchema } from './factus-token.response';
import { IssuedTokenPairs } from './issued-token-pairs';

const TOKEN_PATH = '/oauth/token';
const TOKEN_ENDPOINT = `POST ${TOKEN_PATH}`;

/** Where a grant goes, whose budget it spends, and the OAuth client it is made with. */
interface GrantTarget {
  rateKey: string | undefined;
  /** A tenant's account (base URL, budget, breaker, metrics label); absent: the configured one. */
  account?: ProviderAccount;
  clientId: string;
  clientSecret: string;
}

/**
 * Factus OAuth (Laravel Passport), as autenticacion/auth.md and refresh-token.md document it:
 * `POST /oauth/token` with a form body (`application/x-www-form-urlencoded`, as the pages'
 * examples send it) and `Accept: application/json`; the refresh grant also carries
 * `Authorization: Bearer <the access token issued with the refresh token>`.
 */
@Injectable()
export class FactusAuthGateway implements AuthGateway {
  private readonly issued = new IssuedTokenPairs();

  constructor(
    private readonly client: FactusHttpClient,
    @Inject(FACTUS_CONFIG) private readonly config: FactusConfig,
  ) {}

  authenticate(
    email: string,
    password: string,
    budget: LoginBudget = 'user',
    client?: ProviderClient,
  ): Promise<AuthToken> {
    // A tenant's managed login spends the tenant's budget (its account key), like its documents;
    // a login through our public route keeps a budget of its own, whoever's account it is for.
    const rateKey =
      budget === 'public-login'
        ? publicLoginRateKeyOf(email)
        : client
          ? tenantAccountKey(client.tenantId)
          : rateKeyOf(email);
    // A password grant has no side effect but a new token: safe to retry.
    return this.grant(
      { grant_type: 'password', username: email, password },
      this.targetOf(client, rateKey),
      true,
    );
  }

  async refresh(
    refreshToken: string,
    owner?: string,
    accessToken?: string,
    client?: ProviderClient,
  ): Promise<AuthToken> {
    const rateKey = client ? tenantAccountKey(client.tenantId) : owner && rateKeyOf(owner);
    // Not retried: if a first attempt was processed, its rotation already spent this refresh token.
    const token = await this.grant(
      { grant_type: 'refresh_token', refresh_token: refreshToken },
      this.targetOf(client, rateKey),
      false,
      accessToken ?? this.issued.accessTokenOf(refreshToken),
    );
    this.issued.forget(refreshToken); // rotated: spent
    return token;
  }

  /** A tenant's client and account, else the configured FACTUS_CLIENT_ID / SECRET and base URL. */
  private targetOf(client: ProviderClient | undefined, rateKey: string | undefined): GrantTarget {
    if (!client) {
      return { rateKey, clientId: this.config.clientId, clientSecret: this.config.clientSecret };
    }
    const { tenantId, baseUrl, rateLimit, clientId, clientSecret } = client;
    // The account the call carries holds no secret: only what routing, budget and labels need.
    const account: ProviderAccount = { tenantId, baseUrl, ...(rateLimit ? { rateLimit } : {}) };
    return { rateKey, account, clientId, clientSecret };
  }

  private async grant(
    fields: Record<string, string>,
    target: GrantTarget,
    retryable: boolean,
    bearer?: string,
  ): Promise<AuthToken> {
    const issuedAt = new Date();
    let body: unknown;
    try {
      ({ body } = await this.client.send({
        method: 'POST',
        path: TOKEN_PATH,
        rateKey: target.rateKey,
        account: target.account,
        retryable,
        // A bare token, not a session: a refused grant must never trigger a session renewal.
        accessToken: bearer,
        form: {
          ...fields,
          client_id: target.clientId,
          client_secret: target.clientSecret,
        },
      }));
    } catch (error) {
      // Passport answers bad user credentials and bad refresh tokens with 400 invalid_grant,
      // and a bad client with 401 invalid_client: all mean "these credentials do not work".
      if (error instanceof FactusApiError && (error.status === 400 || error.status === 401)) {
        throw new AuthenticationFailedError(error.message);
      }
      throw error;
    }
    const token = parseFactusAnswer(factusTokenResponseSchema, body, TOKEN_ENDPOINT);
    this.issued.remember(token.refresh_token, token.access_token);
    return authTokenFromGrant(
      {
        accessToken: token.access_token,
        tokenType: token.token_type,
        expiresIn: token.expires_in,
        refreshToken: token.refresh_token,
      },
      issuedAt,
    );
  }
}

/** Token requests spend the same per-user Factus budget as the user's other calls. */
export function rateKeyOf(email: string): string {
  return `user:${email.trim().toLowerCase()}`;
}

/** Logins through our public route: a budget of their own, apart from the user's documents. */
export function publicLoginRateKeyOf(email: string): string {
  return `public-login:${email.trim().toLowerCase()}`;
}
