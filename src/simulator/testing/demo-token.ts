import request from 'supertest';
import { SIMULATOR_DEMO_ACCOUNT } from '../demo-account';

/** Logs in to a running simulator as its demo user (password grant) and returns the access token. */
export async function demoAccessToken(simulatorUrl: string): Promise<string> {
  const response = await request(simulatorUrl)
    .post('/oauth/token')
    .type('form')
    .send({
      grant_type: 'password',
      client_id: SIMULATOR_DEMO_ACCOUNT.clientId,
      client_secret: SIMULATOR_DEMO_ACCOUNT.clientSecret,
      username: SIMULATOR_DEMO_ACCOUNT.email,
      password: SIMULATOR_DEMO_ACCOUNT.password,
    })
    .expect(200);
  return (response.body as { access_token: string }).access_token;
}
