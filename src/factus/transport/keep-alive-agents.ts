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
/**
 * The TCP keep-alive delay axios sets on the socket of every request it sends. The agent sets its
 * own when a socket goes back to the pool; Node skips the system call only when the delay is
 * unchanged, so with any other value every Factus call paid two of them each way (a show over a
 * canned Factus took 1,271–1,333 µs of CPU with 10 s, 887 µs with this).
 */
const AXIOS_KEEP_ALIVE_MS = 60_000;
const agentOptions = {
  keepAlive: true,
  keepAliveMsecs: AXIOS_KEEP_ALIVE_MS,
  maxSockets: MAX_SOCKETS,
  maxFreeSockets: MAX_SOCKETS,
};

/** HttpModule options for the axios instance behind AxiosFactusTransport. */
export function keepAliveAgents(): HttpModuleOptions {
  return { httpAgent: new HttpAgent(agentOptions), httpsAgent: new HttpsAgent(agentOptions) };
}
