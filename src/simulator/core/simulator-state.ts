import type { Clock } from '../simulator-clock';
import { DEFAULT_SIMULATOR_SETTINGS, SimulatorSettings } from '../simulator-options';
import { SIMULATOR_DEMO_ACCOUNT } from '../demo-account';
import { FaultInjector } from './faults';
import { FixedWindowRateLimiter } from './rate-limiter';
import { RequestLog } from './request-log';
import { TokenStore } from './token-store';

export interface SimulatorUser {
  id: string;
  email: string;
  password: string;
}

export interface SimulatorClient {
  id: string;
  secret: string;
}

/** Everything the simulator remembers; `reset()` brings it back to the seeded state. */
export class SimulatorState {
  settings: SimulatorSettings;
  readonly tokens: TokenStore;
  readonly limiter: FixedWindowRateLimiter;
  readonly faults = new FaultInjector();
  readonly log = new RequestLog();
  readonly clients: SimulatorClient[] = [
    { id: SIMULATOR_DEMO_ACCOUNT.clientId, secret: SIMULATOR_DEMO_ACCOUNT.clientSecret },
  ];
  readonly users: SimulatorUser[] = [
    {
      id: 'user-1',
      email: SIMULATOR_DEMO_ACCOUNT.email,
      password: SIMULATOR_DEMO_ACCOUNT.password,
    },
  ];
  /** Hooks that later features (documents, ranges) register to clear their own data on reset. */
  private readonly resetHooks: Array<() => void> = [];

  constructor(
    readonly clock: Clock,
    private readonly initialSettings: Partial<SimulatorSettings> = {},
  ) {
    this.settings = { ...DEFAULT_SIMULATOR_SETTINGS, ...initialSettings };
    this.tokens = new TokenStore(clock);
    this.limiter = new FixedWindowRateLimiter(clock, () => this.settings);
  }

  onReset(hook: () => void): void {
    this.resetHooks.push(hook);
  }

  reset(): void {
    this.settings = { ...DEFAULT_SIMULATOR_SETTINGS, ...this.initialSettings };
    this.tokens.clear();
    this.limiter.clear();
    this.faults.clear();
    this.log.clear();
    this.resetHooks.forEach((hook) => hook());
  }
}
