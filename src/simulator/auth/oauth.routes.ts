import type { FastifyInstance } from 'fastify';
import { simRoute, SimResponse } from '../core/sim-route';
import type { SimulatorState } from '../core/simulator-state';
import { parseFormDataFields } from './form-data';

/**
 * `POST /oauth/token`, as Laravel Passport (league/oauth2-server) answers it behind Factus
 * (autenticacion/auth.md, refresh-token.md): password and refresh_token grants sent as
 * "form-data" — `multipart/form-data`, or `application/x-www-form-urlencoded` as the pages'
 * cURL, Node and Guzzle examples send it — with `Accept: application/json`; refresh-token
 * rotation; OAuth error bodies; every answer JSON.
 *
 * Assumptions, where the pages say nothing: a JSON body is read too (Laravel reads a JSON body
 * as request input, and Passport with it); the refresh grant's `Authorization: Bearer` header,
 * which refresh-token.md lists, is accepted but not required or checked: Passport's token
 * endpoint does not read it, and the access token it names has usually expired by then, which
 * is why the client refreshes.
 */
export function registerOAuthRoutes(app: FastifyInstance, state: SimulatorState): void {
  // In its own scope, so that multipart bodies are parsed for this route only.
  void app.register((scope, _options, done) => {
    scope.addContentTypeParser(
      'multipart/form-data',
      { parseAs: 'string' },
      (request, body, next) => {
        // An unreadable body carries no parameters: Passport then answers invalid_request.
        next(null, parseFormDataFields(request.headers['content-type'], body as string) ?? {});
      },
    );
    registerTokenRoute(scope, state);
    done();
  });
}

function registerTokenRoute(app: FastifyInstance, state: SimulatorState): void {
  simRoute(
    app,
    state,
    'POST',
    '/oauth/token',
    {
      auth: 'none',
      rateKey: ({ body }) => {
        const form = asForm(body);
        if (form.username) return userByEmail(state, form.username)?.id;
        if (form.refresh_token) return state.tokens.ownerOfRefresh(form.refresh_token);
        return undefined;
      },
    },
    ({ body }) => grant(state, asForm(body)),
  );
}

function grant(state: SimulatorState, form: Record<string, string>): SimResponse {
  const grantType = form.grant_type;
  if (!grantType) return invalidRequest('grant_type');
  if (grantType !== 'password' && grantType !== 'refresh_token') {
    return oauthError(
      400,
      'unsupported_grant_type',
      'The authorization grant type is not supported by the authorization server.',
      grantType,
    );
  }
  if (!form.client_id) return invalidRequest('client_id', grantType);
  const client = state.clients.find((c) => c.id === form.client_id);
  if (!client || client.secret !== form.client_secret) {
    return oauthError(401, 'invalid_client', 'Client authentication failed', grantType);
  }

  let userId: string | undefined;
  if (grantType === 'password') {
    if (!form.username) return invalidRequest('username', grantType);
    if (!form.password) return invalidRequest('password', grantType);
    const user = userByEmail(state, form.username);
    if (!user || user.password !== form.password) {
      return oauthError(400, 'invalid_grant', 'The user credentials were incorrect.', grantType);
    }
    userId = user.id;
  } else {
    if (!form.refresh_token) return invalidRequest('refresh_token', grantType);
    userId = state.tokens.consumeRefresh(form.refresh_token);
    if (!userId) {
      return oauthError(
        400,
        'invalid_grant',
        'The refresh token is invalid.',
        grantType,
        'Token has been revoked',
      );
    }
  }

  const ttl = state.settings.tokenTtlSeconds;
  const issued = state.tokens.issue(userId, ttl);
  return {
    status: 200,
    body: {
      token_type: 'Bearer',
      expires_in: ttl,
      access_token: issued.accessToken,
      refresh_token: issued.refreshToken,
    },
    log: { grantType, userId },
  };
}

function userByEmail(state: SimulatorState, email: string) {
  return state.users.find((u) => u.email.toLowerCase() === email.toLowerCase());
}

function asForm(body: unknown): Record<string, string> {
  if (!body || typeof body !== 'object') return {};
  const form: Record<string, string> = {};
  for (const [key, value] of Object.entries(body as Record<string, unknown>)) {
    if (typeof value === 'string') form[key] = value;
  }
  return form;
}

function invalidRequest(parameter: string, grantType?: string): SimResponse {
  return oauthError(
    400,
    'invalid_request',
    'The request is missing a required parameter, includes an invalid parameter value, includes a parameter more than once, or is otherwise malformed.',
    grantType,
    `Check the \`${parameter}\` parameter`,
  );
}

function oauthError(
  status: number,
  error: string,
  description: string,
  grantType?: string,
  hint?: string,
): SimResponse {
  return {
    status,
    body: {
      error,
      error_description: description,
      ...(hint ? { hint } : {}),
      message: description,
    },
    log: { grantType },
  };
}
