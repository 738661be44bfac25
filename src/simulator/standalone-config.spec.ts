import { loadStandaloneConfig, StandaloneConfigError } from './standalone-config';

describe('loadStandaloneConfig', () => {
  it('listens on 127.0.0.1:4010 unless told otherwise', () => {
    expect(loadStandaloneConfig({})).toEqual({ port: 4010, host: '127.0.0.1' });
    expect(loadStandaloneConfig({ SIMULATOR_PORT: '0', SIMULATOR_HOST: '::1' })).toEqual({
      port: 0,
      host: '::1',
    });
  });

  it.each(['eighty', '70000', '-1', '1.5'])('refuses SIMULATOR_PORT=%s, naming it', (value) => {
    expect(() => loadStandaloneConfig({ SIMULATOR_PORT: value })).toThrow(StandaloneConfigError);
    expect(() => loadStandaloneConfig({ SIMULATOR_PORT: value })).toThrow('SIMULATOR_PORT');
  });
});
