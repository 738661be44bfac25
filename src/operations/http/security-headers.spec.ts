import { SECURITY_HEADER_OPTIONS, securityHeaders } from './security-headers';

describe('securityHeaders (computed once with helmet)', () => {
  const headers = securityHeaders(SECURITY_HEADER_OPTIONS);

  it('gives the policy Swagger UI works under, and no upgrade of requests', () => {
    const csp = headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('upgrade-insecure-requests');
  });

  it("has helmet's other headers, frames refused", () => {
    expect(headers).toMatchObject({
      'x-frame-options': 'DENY',
      'x-content-type-options': 'nosniff',
      'strict-transport-security': expect.stringMatching(/^max-age=\d+/),
      'referrer-policy': 'no-referrer',
      'cross-origin-opener-policy': 'same-origin',
    });
  });

  it('refuses options helmet refuses, at start-up rather than per request', () => {
    expect(() =>
      securityHeaders({ contentSecurityPolicy: { directives: { 'default-src': ['self'] } } }),
    ).toThrow();
  });
});
