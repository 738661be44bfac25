/**
 * A real browser on Swagger UI (run by .ci/run after the build; `npm run test:browser`):
 * starts the built service against its embedded simulator with a managed session and an API key,
 * opens /docs in Debian's Chromium through playwright-core, authorizes with the API key, runs
 * "Try it out" on POST /api/v1/invoices with the example body, and expects a 201 with an invoice
 * number on the page. Saves a screenshot under test-output/.
 */
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const ROOT = join(__dirname, '..', '..');
const API_KEY = 'browser-test-key-0123456789';
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForReady(url: string, deadlineMs: number): Promise<void> {
  const until = Date.now() + deadlineMs;
  while (Date.now() < until) {
    try {
      if ((await fetch(`${url}/health/ready`)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`The service was not ready at ${url} within ${deadlineMs} ms`);
}

async function main(): Promise<void> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const service = spawn(process.execPath, [join(ROOT, 'dist', 'main.js')], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? '',
      NODE_ENV: 'development',
      PORT: String(port),
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      API_KEYS: API_KEY,
      FACTUS_USERNAME: 'demo@simulator.factus.local',
      FACTUS_PASSWORD: 'demo-password',
    },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    await waitForReady(url, 30_000);
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(`${url}/docs`);

    await page.locator('button.authorize').first().click();
    const apiKeyBlock = page.locator('.auth-container').filter({ hasText: 'X-API-Key' });
    await apiKeyBlock.locator('input').fill(API_KEY);
    // Swagger UI labels these buttons for screen readers ("Apply credentials", "Close modal").
    await apiKeyBlock.locator('button.authorize').click();
    await page.locator('.modal-ux button.btn-done').first().click();

    const operation = page.locator('#operations-Invoices-InvoicesController_create');
    await operation.locator('.opblock-summary').click();
    await operation.getByRole('button', { name: 'Try it out' }).click();
    await operation.getByRole('button', { name: 'Execute' }).click();

    const status = operation
      .locator('.live-responses-table .response .response-col_status')
      .first();
    await status.waitFor({ timeout: 15_000 });
    const code = (await status.innerText()).trim();
    const body = await operation
      .locator('.live-responses-table .response-col_description pre')
      .first()
      .innerText();
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    await status.scrollIntoViewIfNeeded();
    await page.screenshot({
      path: join(ROOT, 'test-output', 'swagger-try-it-out.png'),
      fullPage: false,
    });

    const number = /"number":\s*"(SETP\d+)"/.exec(body)?.[1];
    if (code !== '201' || !number) {
      throw new Error(`Expected 201 with an invoice number, got ${code}: ${body.slice(0, 500)}`);
    }
    console.log(
      `Swagger UI "Try it out" issued invoice ${number} (HTTP ${code}); screenshot in test-output/swagger-try-it-out.png`,
    );
    console.log('1 passed, 0 failed');
  } finally {
    await browser.close();
    service.kill('SIGTERM');
  }
}

main().catch((error: unknown) => {
  console.error(error);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
