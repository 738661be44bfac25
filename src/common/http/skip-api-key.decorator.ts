import { SetMetadata } from '@nestjs/common';

export const SKIP_API_KEY = 'skipApiKey';

/** Routes callable without X-API-Key (the auth routes: they carry Factus credentials themselves). */
export const SkipApiKey = (): MethodDecorator & ClassDecorator => SetMetadata(SKIP_API_KEY, true);
