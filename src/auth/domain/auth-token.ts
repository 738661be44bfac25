/** A Factus session token as our API hands it out. */
export interface AuthToken {
  accessToken: string;
  tokenType: string;
  /** Lifetime in seconds, as Factus granted it. */
  expiresIn: number;
  /** When the access token stops working (issue time + expiresIn). */
  expiresAt: Date;
  refreshToken: string;
}

export function authTokenFromGrant(
  grant: { accessToken: string; tokenType: string; expiresIn: number; refreshToken: string },
  issuedAt: Date,
): AuthToken {
  return { ...grant, expiresAt: new Date(issuedAt.getTime() + grant.expiresIn * 1000) };
}
