/* `npm run openapi`: writes openapi.json at the repository root from the code's decorators. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { NestFactory } from '@nestjs/core';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module';
import { loadConfig } from './config/load-config';
import { buildOpenApiDocument, configureApp, createFastifyAdapter } from './configure-app';

async function main(): Promise<void> {
  // No Factus is contacted: the document only needs the modules wired.
  const config = {
    ...loadConfig({ NODE_ENV: 'development', LOG_LEVEL: 'error' }),
    swaggerEnabled: false,
  };
  const app = await NestFactory.create<NestFastifyApplication>(
    AppModule.forRoot(config),
    createFastifyAdapter(config),
    {
      logger: ['error'],
    },
  );
  configureApp(app, config);
  await app.init();
  const document = buildOpenApiDocument(app);
  const target = join(__dirname, '..', 'openapi.json');
  writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
  console.log(`Wrote ${target}`);
}

void main();
