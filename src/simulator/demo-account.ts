/**
 * The simulator's seeded demo account. These credentials exist only inside the Factus simulator
 * (embedded default, `npm run simulator`, tests); they are not Factus credentials of any kind.
 */
export const SIMULATOR_DEMO_ACCOUNT = {
  clientId: 'simulator-client',
  clientSecret: 'simulator-secret',
  email: 'demo@simulator.factus.local',
  password: 'demo-password',
} as const;
