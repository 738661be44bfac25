import request from 'supertest';
import type { TestService } from './test-service';

/** A second Factus user, for tests that show one account never sees another's documents. */
export const OTHER_USER = {
  id: 'user-ledger-other',
  email: 'otra.empresa@simulator.factus.local',
  password: 'other-password',
} as const;

/**
 * Logs in through our own auth route as `user`, first adding it to the service's simulator
 * (which seeds only the demo user; its users survive a reset). Returns the bearer header.
 */
export async function loginAs(
  service: TestService,
  user: { id: string; email: string; password: string },
): Promise<{ Authorization: string }> {
  const users = service.simulator.state.users;
  if (!users.some((known) => known.id === user.id)) users.push({ ...user });
  const response = await request(service.url)
    .post('/api/v1/auth/token')
    .send({ email: user.email, password: user.password })
    .expect(200);
  return { Authorization: `Bearer ${(response.body as { accessToken: string }).accessToken}` };
}
