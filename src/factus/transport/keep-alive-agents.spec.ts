import axios from 'axios';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Socket } from 'node:net';
import { keepAliveAgents } from './keep-alive-agents';

describe('keepAliveAgents', () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = createServer((_request, response) => response.end('{}'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise((resolve) => server.close(resolve)));
  afterEach(() => jest.restoreAllMocks());

  it('reuses one socket and keeps its TCP keep-alive delay, so no call changes it again', async () => {
    const options = keepAliveAgents();
    const client = axios.create(options);
    const setKeepAlive = jest.spyOn(Socket.prototype, 'setKeepAlive');
    try {
      for (let i = 0; i < 3; i += 1) expect((await client.get(url)).status).toBe(200);
    } finally {
      (options.httpAgent as { destroy(): void }).destroy();
      (options.httpsAgent as { destroy(): void }).destroy();
    }
    const delays = new Set(setKeepAlive.mock.calls.map(([, delay]) => delay));

    expect(new Set(setKeepAlive.mock.contexts).size).toBe(1);
    // axios sets its delay on every request, the agent its own on every return to the pool.
    expect(setKeepAlive.mock.calls.length).toBeGreaterThanOrEqual(3);
    expect([...delays]).toHaveLength(1);
  });
});
