/**
 * Field names whose values never reach a log line, wherever they sit (top level or two levels
 * down, e.g. `req.headers.authorization`). Our own code never logs bodies or headers; this is the
 * net under it.
 */
const SECRET_FIELDS = [
  'authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'apiKey',
  'api_key',
  'password',
  'client_secret',
  'clientSecret',
  'access_token',
  'refresh_token',
  'accessToken',
  'refreshToken',
  'token',
];

function accessor(field: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(field) ? `.${field}` : `["${field}"]`;
}

export const REDACTED_PATHS: string[] = SECRET_FIELDS.flatMap((field) => {
  const path = accessor(field);
  return [path.startsWith('.') ? path.slice(1) : path, `*${path}`, `*.*${path}`];
});

export const REDACTION_CENSOR = '[REDACTED]';
