import { Logger } from '@nestjs/common';

// Unit tests construct adapters outside an app; keep Nest's static logger from printing their lines.
Logger.overrideLogger(false);
