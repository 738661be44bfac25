import { endpointTemplate } from './endpoint-template';

describe('endpointTemplate', () => {
  it('prefers the template the caller named', () => {
    expect(endpointTemplate('/v2/bills/SETP990000001', '/v2/bills/:number')).toBe(
      '/v2/bills/:number',
    );
  });

  it('replaces identifier-like segments otherwise, keeping the version and the query out', () => {
    expect(endpointTemplate('/v2/bills/validate')).toBe('/v2/bills/validate');
    expect(endpointTemplate('/v2/credit-notes/NC123/download-pdf?x=1')).toBe(
      '/v2/credit-notes/:id/download-pdf',
    );
    expect(endpointTemplate('/oauth/token')).toBe('/oauth/token');
  });
});
