import type { FactusConfig } from '../../config/config-tokens';
import { endpointTemplate } from '../endpoint-template';
import { tenantLabelOf } from '../factus-call';
import { FactusTransportError } from '../transport/factus-transport.error';
import type { FactusTransport, FactusTransportResponse } from '../transport/factus-transport.port';
import type { ExchangeTelemetry, TimedExchange } from './exchange-telemetry';
import { AnswerContext, mapAnswer, mapTransportFailure } from './factus-answer.mapper';
import { encodeRequest } from './factus-request.encoder';
import type { FactusAttempt, FactusSender } from './factus-sender';
import type { TokenProofs } from '../token-proofs';

/** The last step: one HTTP exchange over the transport, timed, logged and mapped. */
export class ExchangeStep implements FactusSender {
  constructor(
    private readonly transport: FactusTransport,
    private readonly config: Pick<FactusConfig, 'baseUrl' | 'timeoutMs'>,
    private readonly telemetry: ExchangeTelemetry,
    private readonly proofs?: TokenProofs,
  ) {}

  async send({ call, accessToken, attempt }: FactusAttempt) {
    const endpoint = endpointTemplate(call.path, call.endpoint);
    const exchange: TimedExchange = {
      method: call.method,
      endpoint,
      attempt,
      started: performance.now(),
      tenant: tenantLabelOf(call),
    };
    const context: AnswerContext = {
      method: call.method,
      endpoint,
      timeoutMs: this.config.timeoutMs,
    };
    // The OAuth endpoint is the only form-encoded call: its grant says which token request it is.
    if (call.form?.grant_type) this.telemetry.tokenRequested(call.form.grant_type);
    // Encoded first: a call that must not be sent (a dot-segment path) fails as itself.
    const request = encodeRequest(call, accessToken, this.config);
    let response: FactusTransportResponse;
    try {
      response = await this.transport.request(request);
    } catch (error) {
      const mapped = mapTransportFailure(asTransportError(error), context);
      this.telemetry.failed(exchange, mapped);
      throw mapped;
    }
    this.telemetry.answered(exchange, response.status);
    // Recorded per exchange, for the token this exchange carried: after a replay the renewed one.
    // Any answer but 401 (a 404 too) means Factus took the token; a 5xx proves nothing.
    if (accessToken && response.status === 401) this.proofs?.refused(accessToken);
    else if (accessToken && response.status < 500) this.proofs?.accepted(accessToken);
    return mapAnswer(response, context);
  }
}

/** A transport should reject with nothing else; anything that does is kept as the cause. */
function asTransportError(error: unknown): FactusTransportError {
  if (error instanceof FactusTransportError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new FactusTransportError('unclassified', '', message, error);
}
