import type { HttpModuleOptions } from '@nestjs/axios';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

/**
 * Keep-alive sockets toward Factus: a TLS handshake per call would dominate latency. Every socket
 * may stay idle in the pool (maxFreeSockets = maxSockets): with fewer, a burst of answers arriving
 * together closes the surplus and the next requests open new connections (under load, one request
 * in three did). Idle sockets still close after Factus's own keep-alive timeout.
 */
const MAX_SOCKETS = 64;
const agentOptions = {
  keepAlive: true,
  keepAliveMsecs: 10_000,
  maxSockets: MAX_SOCKETS,
  maxFreeSockets: MAX_SOCKETS,
};

/** HttpModule options for the axios instance behind AxiosFactusTransport. */
export function keepAliveAgents(): HttpModuleOptions {
  return { httpAgent: new HttpAgent(agentOptions), httpsAgent: new HttpsAgent(agentOptions) };
}
