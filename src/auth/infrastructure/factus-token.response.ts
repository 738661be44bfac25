/** Factus `POST /oauth/token` success body (snake_case wire shape). */
export interface FactusTokenResponse {
  token_type: string;
  expires_in: number;
  access_token: string;
  refresh_token: string;
}

export function isFactusTokenResponse(body: unknown): body is FactusTokenResponse {
  if (!body || typeof body !== 'object') return false;
  const b = body as Record<string, unknown>;
  return (
    typeof b.access_token === 'string' &&
    b.access_token !== '' &&
    typeof b.refresh_token === 'string' &&
    typeof b.token_type === 'string' &&
    typeof b.expires_in === 'number' &&
    Number.isFinite(b.expires_in) &&
    b.expires_in > 0
  );
}
