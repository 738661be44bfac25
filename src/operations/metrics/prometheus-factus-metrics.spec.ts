import { Registry } from 'prom-client';
import { PrometheusFactusMetrics } from './prometheus-factus-metrics';

describe('PrometheusFactusMetrics', () => {
  async function exposition(record: (metrics: PrometheusFactusMetrics) => void): Promise<string[]> {
    const registry = new Registry();
    record(new PrometheusFactusMetrics(registry));
    return (await registry.metrics())
      .split('\n')
      .filter((line) => line.startsWith('factus_request_duration_seconds_count'));
  }

  it('labels each Factus exchange with its tenant id, or default for the configured Factus', async () => {
    const lines = await exposition((m) => {
      const call = { method: 'GET', endpoint: '/v2/bills', outcome: '200', seconds: 0.1 };
      m.callCompleted({ ...call, tenant: 'acme' });
      m.callCompleted({ ...call, tenant: 'acme' });
      m.callCompleted({ ...call, tenant: 'default' });
    });
    expect(lines.sort()).toEqual([
      'factus_request_duration_seconds_count{method="GET",endpoint="/v2/bills",outcome="200",tenant="acme"} 2',
      'factus_request_duration_seconds_count{method="GET",endpoint="/v2/bills",outcome="200",tenant="default"} 1',
    ]);
  });

  it('never lets a value that is not a tenant id become a label (a NIT, a name, a URL)', async () => {
    const lines = await exposition((m) => {
      const call = { method: 'POST', endpoint: '/oauth/token', outcome: '200', seconds: 0.1 };
      for (const tenant of ['900.123.456-7', 'ACME S.A.S.', 'https://acme.factus.test', ''])
        m.callCompleted({ ...call, tenant });
    });
    expect(lines).toEqual([
      'factus_request_duration_seconds_count{method="POST",endpoint="/oauth/token",outcome="200",tenant="other"} 4',
    ]);
  });
});
