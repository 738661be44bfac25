import { SetMetadata } from '@nestjs/common';

export const ADMIN_ROUTE = 'adminRoute';

/**
 * Marks a controller or route of the admin API: it takes a key from ADMIN_API_KEYS in X-API-Key,
 * and refuses tenant keys and API_KEYS keys with 403 (and admin keys are refused everywhere else).
 */
export const AdminRoute = (): MethodDecorator & ClassDecorator => SetMetadata(ADMIN_ROUTE, true);
