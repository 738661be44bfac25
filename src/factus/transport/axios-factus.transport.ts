import { HttpService } from '@nestjs/axios';
import { Injectable } from '@nestjs/common';
import { AxiosResponse, isAxiosError } from 'axios';
import { FactusTransportError, networkFailure } from './factus-transport.error';
import type {
  FactusTransport,
  FactusTransportRequest,
  FactusTransportResponse,
} from './factus-transport.port';

/**
 * The real transport: @nestjs/axios's HttpService, whose axios instance carries the keep-alive
 * agents (see keep-alive-agents.ts). Bodies stay raw text and every status resolves, so that
 * parsing and status mapping happen in one place above it; redirects are never followed.
 */
@Injectable()
export class AxiosFactusTransport implements FactusTransport {
  constructor(private readonly http: HttpService) {}

  async request(request: FactusTransportRequest): Promise<FactusTransportResponse> {
    let response: AxiosResponse<string>;
    try {
      response = await this.http.axiosRef.request<string>({
        method: request.method,
        baseURL: request.baseURL,
        url: request.url,
        params: request.params,
        data: request.binary ?? request.data,
        headers: request.headers,
        timeout: request.timeoutMs,
        // A deadline for the whole exchange; axios's own timeout only watches socket inactivity.
        signal: AbortSignal.timeout(request.timeoutMs),
        responseType: 'text',
        transformResponse: [(raw: unknown) => raw],
        validateStatus: () => true,
        maxRedirects: 0,
      });
    } catch (error) {
      throw transportError(error);
    }
    return {
      status: response.status,
      headers: flattenHeaders(response.headers),
      rawBody: typeof response.data === 'string' ? response.data : '',
    };
  }

  close(): void {
    const defaults = this.http.axiosRef.defaults as {
      httpAgent?: { destroy(): void };
      httpsAgent?: { destroy(): void };
    };
    defaults.httpAgent?.destroy();
    defaults.httpsAgent?.destroy();
  }
}

function transportError(error: unknown): FactusTransportError {
  if (!isAxiosError(error)) {
    const message = error instanceof Error ? error.message : String(error);
    return new FactusTransportError('unclassified', '', message, error);
  }
  return networkFailure(error.code ?? '', error.message, error);
}

function flattenHeaders(headers: AxiosResponse['headers']): Record<string, string | undefined> {
  const flat: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(headers ?? {})) {
    flat[key.toLowerCase()] = Array.isArray(value)
      ? value.join(', ')
      : value == null
        ? undefined
        : String(value);
  }
  return flat;
}
