import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, Optional } from '@nestjs/common';
import { CLOCK, Clock } from '../../common/domain/clock';
import { RANGE_ALERTS_CONFIG, RangeAlertsConfig } from '../../config/config-tokens';
import { apiPath, ROUTES } from '../../http/routes';
import { EVENT_LOG, EventLog } from '../../webhooks/domain/event-log.port';
import type { NumberingRange } from '../domain/numbering-range';
import { colombianDate, RangeLow, rangesRunningLow } from '../domain/range-low';

/**
 * Tells ERPs a numbering range runs low (`numbering_range.low`), once per range and threshold:
 * the event id is made of the account, the range, what ran low and the bound it ran low against
 * (`to` for numbers, `endDate` for days), so every later look at the same range writes nothing
 * (the log keeps the first), and a range renewed with a new `to` or `endDate` can tell again.
 */
@Injectable()
export class NumberingRangeLowWatch {
  private readonly logger = new Logger(NumberingRangeLowWatch.name);

  constructor(
    // Absent when the app runs without the webhooks module (wiring tests): nothing is written.
    @Optional() @Inject(EVENT_LOG) private readonly events: EventLog | undefined,
    @Inject(RANGE_ALERTS_CONFIG) private readonly config: RangeAlertsConfig,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Looks at ranges just fetched from Factus. Never throws: a range check or a list must not
   * fail because the event log could not be written (logged; the next fetch tries again).
   */
  async observe(accountKey: string, ranges: readonly NumberingRange[]): Promise<void> {
    if (!this.events) return;
    const now = this.clock.now();
    const thresholds = { remaining: this.config.lowRemaining, days: this.config.lowDays };
    const low = rangesRunningLow(ranges, thresholds, colombianDate(now));
    for (const alert of low) {
      try {
        await this.events.append({
          id: eventId(accountKey, alert),
          accountKey,
          type: 'numbering_range.low',
          createdAt: now,
          data: eventData(alert),
        });
      } catch (error) {
        this.logger.warn(
          `numbering_range.low for range ${alert.range.id} not written: ${String(error)}`,
        );
      }
    }
  }
}

function eventId(accountKey: string, alert: RangeLow): string {
  // The account key names a user: hashed, so the id (a webhook-id header) does not show it.
  const account = createHash('sha256').update(accountKey).digest('hex').slice(0, 16);
  const bound =
    alert.reason === 'numbers'
      ? String(alert.range.to)
      : (alert.range.endDate ?? '').replace(/-/g, '');
  return `evt_range_low_${account}_${alert.range.id}_${alert.reason}_${bound}`;
}

function eventData(alert: RangeLow): object {
  return {
    reason: alert.reason,
    remaining: alert.remaining,
    daysLeft: alert.daysLeft,
    range: alert.range,
    links: { self: apiPath(ROUTES.numberingRanges, String(alert.range.id)) },
  };
}
