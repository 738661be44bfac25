import { ConfigModule as NestConfigModule } from '@nestjs/config';
import { resolve } from 'node:path';
import type { AppConfig } from './app-config';
import type { Env } from './env-readers';
import { loadConfig } from './load-config';

export interface EnvironmentSource {
  /** Defaults to `.env` in the working directory; a missing file is not an error. */
  envFilePath?: string;
}

/**
 * The service's configuration from the real environment and, when present, a `.env` file: a
 * variable set in the environment wins over the same one in the file. @nestjs/config reads the
 * file and hands both, merged, to loadConfig as its validation step, which throws ConfigError
 * naming the first bad variable. This runs before the Nest app exists because the bootstrap needs
 * the result first (port, HTTP adapter options, whether to start the embedded simulator); the app
 * then receives it through ConfigModule.forRoot. Values from the file are not copied into
 * process.env.
 */
export async function loadEnvironmentConfig(source: EnvironmentSource = {}): Promise<AppConfig> {
  let config: AppConfig | undefined;
  await NestConfigModule.forRoot({
    envFilePath: source.envFilePath ?? resolve(process.cwd(), '.env'),
    validate: (env) => {
      config = loadConfig(env as Env);
      // What is returned would be copied into process.env and kept by a ConfigService nobody uses.
      return {};
    },
  });
  if (!config) throw new Error('@nestjs/config did not run the validation step');
  return config;
}
