import request from 'supertest';
import { DEMO_LOGIN, startTestService, TestService } from './support/test-service';

const KEY = 'erp-key-0123456789abcdef';
const OTHER = 'erp-key-fedcba9876543210';

describe('API keys (e2e)', () => {
  let service: TestService;

  beforeAll(async () => {
    service = await startTestService({
      env: {
        API_KEYS: `${KEY},${OTHER}`,
        FACTUS_USERNAME: DEMO_LOGIN.email,
        FACTUS_PASSWORD: DEMO_LOGIN.password,
      },
    });
  });
  afterAll(() => service.close());

  it('refuses /api/v1 routes without X-API-Key', async () => {
    const response = await request(service.url).get('/api/v1/invoices').expect(401);
    expect(response.body.code).toBe('API_KEY_REQUIRED');
  });

  it('refuses a wrong key', async () => {
    const response = await request(service.url)
      .get('/api/v1/invoices')
      .set('X-API-Key', 'erp-key-0123456789abcdeX')
      .expect(401);
    expect(response.body.code).toBe('API_KEY_INVALID');
  });

  it('accepts every configured key', async () => {
    await request(service.url).get('/api/v1/invoices').set('X-API-Key', KEY).expect(200);
    await request(service.url).get('/api/v1/invoices').set('X-API-Key', OTHER).expect(200);
  });

  it('leaves the auth routes open: they carry Factus credentials themselves', async () => {
    await request(service.url).post('/api/v1/auth/token').send(DEMO_LOGIN).expect(200);
  });

  it('never logs a key', async () => {
    await request(service.url).get('/api/v1/invoices').set('X-API-Key', KEY).expect(200);
    await request(service.url)
      .get('/api/v1/invoices')
      .set('X-API-Key', 'wrong-key-but-still-secret')
      .expect(401);
    const log = service.logs.lines.join('\n');
    expect(log).not.toContain(KEY);
    expect(log).not.toContain('wrong-key-but-still-secret');
  });
});
