import type { FactusConfig } from '../../config/config-tokens';
import type { FactusCall } from '../factus-call';
import type { FactusTransportRequest } from '../transport/factus-transport.port';

/** The wire form of a call: its body encoded, its headers, the bearer token, the deadline. */
export function encodeRequest(
  call: FactusCall,
  accessToken: string | undefined,
  config: Pick<FactusConfig, 'baseUrl' | 'timeoutMs'>,
): FactusTransportRequest {
  const headers: Record<string, string> = { Accept: 'application/json' };
  let data: string | undefined;
  if (call.form) {
    headers['Content-Type'] = 'application/x-www-form-urlencoded';
    data = new URLSearchParams(call.form).toString();
  } else if (call.json !== undefined) {
    headers['Content-Type'] = 'application/json';
    data = JSON.stringify(call.json);
  }
  if (accessToken) headers.Authorization = `Bearer ${accessToken}`;
  return {
    method: call.method,
    baseURL: config.baseUrl,
    url: call.path,
    params: call.query,
    headers,
    data,
    timeoutMs: config.timeoutMs,
  };
}
