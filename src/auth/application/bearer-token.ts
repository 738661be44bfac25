import { MalformedAuthorizationError } from '../domain/login.errors';

/** RFC 6750's `Bearer b64token`, the scheme in any case, one space. */
const BEARER = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i;

/**
 * The token of an `Authorization` header: undefined when there is no header. A header that is
 * there but is not exactly `Bearer <token68>` (`Basic …`, `Bearer a b`, an empty `Bearer `) is
 * refused: acting as if it were absent would act on a caller's broken credentials.
 */
export function bearerTokenOf(authorization: string | undefined): string | undefined {
  if (authorization === undefined) return undefined;
  const token = BEARER.exec(authorization)?.[1];
  if (!token) throw new MalformedAuthorizationError();
  return token;
}
