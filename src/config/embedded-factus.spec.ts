import { EmbeddedFactus, withEmbeddedFactus } from './embedded-factus';
import { loadConfig } from './load-config';

const simulator: EmbeddedFactus = {
  baseUrl: 'http://127.0.0.1:45123',
  clientId: 'simulator-client',
  clientSecret: 'simulator-secret',
  demoUser: { username: 'demo@simulator.factus.local', password: 'demo-password' },
};

describe('withEmbeddedFactus', () => {
  it('points the service at the simulator with its demo client and demo user as the managed session', () => {
    const config = withEmbeddedFactus(loadConfig({}), simulator);
    expect(config.factus).toMatchObject({
      baseUrl: 'http://127.0.0.1:45123',
      clientId: 'simulator-client',
      clientSecret: 'simulator-secret',
      embeddedSimulator: true,
      managedUser: { username: 'demo@simulator.factus.local', password: 'demo-password' },
    });
  });

  it('keeps a managed user named by FACTUS_USERNAME', () => {
    const config = withEmbeddedFactus(
      loadConfig({ FACTUS_USERNAME: 'a@b.co', FACTUS_PASSWORD: 'p' }),
      simulator,
    );
    expect(config.factus.managedUser).toEqual({ username: 'a@b.co', password: 'p' });
  });

  it('refuses a configuration that names its own Factus', () => {
    const real = loadConfig({
      FACTUS_BASE_URL: 'https://api-sandbox.factus.com.co',
      FACTUS_CLIENT_ID: 'id',
      FACTUS_CLIENT_SECRET: 'secret',
    });
    expect(() => withEmbeddedFactus(real, simulator)).toThrow('names a Factus of its own');
  });
});
