import { Controller, Get, Logger, Req, Res, ServiceUnavailableException } from '@nestjs/common';
import { ROUTES } from '../../http/routes';
import {
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService } from '@nestjs/terminus';
import { SkipThrottle } from '@nestjs/throttler';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SkipApiKey } from '../../common/http/skip-api-key.decorator';
import {
  PROBLEM_CONTENT_TYPE,
  ProblemBody,
  problemType,
} from '../../common/http/problem-details.filter';
import { ReadinessChecks } from './readiness-checks';

/**
 * Probes for orchestrators, outside /api/v1, without API key or rate limit. Neither calls Factus:
 * readiness reads the cached reachability (see FactusReachability).
 */
@ApiTags('Health')
@SkipApiKey()
@SkipThrottle()
@Controller(ROUTES.health)
export class HealthController {
  private readonly logger = new Logger(HealthController.name);
  private wasReady?: boolean;

  constructor(
    private readonly health: HealthCheckService,
    private readonly checks: ReadinessChecks,
  ) {}

  @Get('live')
  @ApiOperation({
    summary: 'Liveness',
    description: 'The process is up and serving HTTP. Checks nothing else.',
  })
  @ApiOkResponse({ description: 'Alive.', schema: { example: { status: 'ok' } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  @HealthCheck({ swaggerDocumentation: false })
  @ApiOperation({
    summary: 'Readiness',
    description:
      'Configuration loaded, the database answering SELECT 1, Redis answering PING (when configured), Factus answered in the last two READINESS_FACTUS_CHECK_INTERVAL_MS, and not shutting down.',
  })
  @ApiOkResponse({ description: 'Ready: every check is up (terminus result).' })
  @ApiServiceUnavailableResponse({
    description: 'Not ready (NOT_READY): `detail` names the failing checks, `checks` has them all.',
  })
  async ready(
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HealthCheckResult | ProblemBody> {
    let result: HealthCheckResult;
    try {
      result = await this.health.check(this.checks.all());
    } catch (error) {
      if (!(error instanceof ServiceUnavailableException)) throw error;
      result = error.getResponse() as HealthCheckResult;
    }
    const failing = Object.entries(result.details).filter(([, check]) => check.status !== 'up');
    this.reportTransition(failing.length === 0, failing);
    if (failing.length === 0) return result;

    void reply.status(503).type(PROBLEM_CONTENT_TYPE);
    return {
      type: problemType('NOT_READY'),
      title: 'The service is not ready',
      status: 503,
      detail: `Not ready: ${failing.map(([name, check]) => `${name} (${describe(check)})`).join(', ')}.`,
      code: 'NOT_READY',
      requestId: String(request.id),
      instance: '/health/ready',
      checks: result.details,
    };
  }

  /** One log line when readiness changes, not one per probe. */
  private reportTransition(ready: boolean, failing: [string, Record<string, unknown>][]): void {
    if (this.wasReady === ready) return;
    this.wasReady = ready;
    if (ready) this.logger.log({ msg: 'Ready' });
    else this.logger.warn({ msg: 'Not ready', failing: Object.fromEntries(failing) });
  }
}

function describe(check: Record<string, unknown>): string {
  return typeof check.message === 'string' ? check.message : 'down';
}
