import { Logger } from '@nestjs/common';
import { endpointTemplate } from '../endpoint-template';
import { FactusApiError } from '../factus.errors';
import { FACTUS_LOG_CONTEXT } from './exchange-telemetry';
import type { FactusAttempt, FactusSender } from './factus-sender';

/**
 * A managed session's token may be refused before its time (expired early, revoked): renew it
 * once and replay the call once. Bare tokens and caller-owned sessions (no `renew`) get the 401.
 */
export class SessionReplayStep implements FactusSender {
  private readonly logger = new Logger(FACTUS_LOG_CONTEXT);

  constructor(private readonly next: FactusSender) {}

  async send(attempt: FactusAttempt) {
    try {
      return await this.next.send(attempt);
    } catch (error) {
      const { call } = attempt;
      const session = call.session;
      if (!(error instanceof FactusApiError && error.status === 401 && session?.renew)) throw error;
      this.logger.log({
        msg: 'Factus refused the managed token; renewing and replaying once',
        method: call.method,
        endpoint: endpointTemplate(call.path, call.endpoint),
      });
      const freshToken = await session.renew(session.accessToken);
      return this.next.send({ ...attempt, accessToken: freshToken });
    }
  }
}
