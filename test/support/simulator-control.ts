import request from 'supertest';
import type { FaultSpec } from '../../src/simulator/core/faults';
import type { LoggedRequest } from '../../src/simulator/core/request-log';
import type { SimulatorSettings } from '../../src/simulator/simulator-options';

/** The simulator's /__simulator/ control API, over HTTP as any test tool would use it. */
export class SimulatorControl {
  constructor(private readonly url: string) {}

  async fault(spec: FaultSpec): Promise<void> {
    await request(this.url).post('/__simulator/faults').send(spec).expect(201);
  }

  async settings(settings: Partial<SimulatorSettings>): Promise<void> {
    await request(this.url).put('/__simulator/settings').send(settings).expect(200);
  }

  async requests(): Promise<LoggedRequest[]> {
    const response = await request(this.url).get('/__simulator/requests').expect(200);
    return (response.body as { data: LoggedRequest[] }).data;
  }

  async counters(): Promise<{
    requests: number;
    tokenRequests: number;
    tokensIssued: number;
    byRoute: Record<string, number>;
  }> {
    return (await request(this.url).get('/__simulator/counters').expect(200)).body as {
      requests: number;
      tokenRequests: number;
      tokensIssued: number;
      byRoute: Record<string, number>;
    };
  }

  async expireTokens(accessToken?: string): Promise<number> {
    return (
      await request(this.url).post('/__simulator/tokens/expire').send({ accessToken }).expect(200)
    ).body.expired as number;
  }

  async revokeTokens(accessToken?: string): Promise<number> {
    return (
      await request(this.url).post('/__simulator/tokens/revoke').send({ accessToken }).expect(200)
    ).body.revoked as number;
  }

  async reset(): Promise<void> {
    await request(this.url).post('/__simulator/reset').expect(200);
  }
}
