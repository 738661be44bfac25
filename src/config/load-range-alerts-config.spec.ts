import { configErrorOf as errorOf } from './testing/config-error-of';
import { loadConfig } from './load-config';

describe('loadConfig: when a numbering range runs low', () => {
  it('defaults to fewer than 100 numbers or 30 days left', () => {
    expect(loadConfig({}).rangeAlerts).toEqual({ lowRemaining: 100, lowDays: 30 });
  });

  it('reads WEBHOOK_RANGE_LOW_REMAINING and WEBHOOK_RANGE_LOW_DAYS', () => {
    const config = loadConfig({ WEBHOOK_RANGE_LOW_REMAINING: '5000', WEBHOOK_RANGE_LOW_DAYS: '0' });
    expect(config.rangeAlerts).toEqual({ lowRemaining: 5000, lowDays: 0 });
  });

  it('refuses values that are not whole numbers in range, naming the setting', () => {
    expect(errorOf({ WEBHOOK_RANGE_LOW_REMAINING: 'many' })).toMatchObject({
      variable: 'WEBHOOK_RANGE_LOW_REMAINING',
    });
    expect(errorOf({ WEBHOOK_RANGE_LOW_DAYS: '-1' })).toMatchObject({
      variable: 'WEBHOOK_RANGE_LOW_DAYS',
    });
  });
});
