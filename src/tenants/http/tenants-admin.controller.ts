import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  HttpStatus,
  Param,
  Patch,
  Post,
  Res,
} from '@nestjs/common';
import {
  ApiBody,
  ApiCreatedResponse,
  ApiNoContentResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { AdminRoute } from '../../common/http/admin-route.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { apiPath, ROUTES } from '../../http/routes';
import { TenantAdminUseCases } from '../application/tenant-admin.use-cases';
import { TenantCheckUseCase } from '../application/tenant-check.use-case';
import { ADMIN_PROBLEMS as P, ApiAdminProblems } from './tenant-admin.swagger';
import {
  toTenantApiKeyResponse,
  toTenantCheckResponse,
  toTenantPatch,
  toTenantResponse,
} from './tenant.mapper';
import { CreateTenantDto, UpdateTenantDto } from './tenant.request.dto';
import {
  CreatedTenantApiKeyResponseDto,
  TenantApiKeyListResponseDto,
  TenantCheckResponseDto,
  TenantListResponseDto,
  TenantResponseDto,
} from './tenant.response.dto';

const FACTUS = {
  baseUrl: 'https://api-sandbox.factus.com.co',
  clientId: '9d3c5c6e-1f3b-4c7a-8c1e-2f6b1d4a7e90',
  clientSecret: 'hQ3bR7kP2mV9sX4tY8wZ1cF6gJ0nL5aE',
  username: 'facturacion@acme.com.co',
  password: 'correct-horse-battery-staple',
};
const CREATE_EXAMPLES = {
  sandbox: {
    summary: 'A company on the Factus sandbox',
    value: { name: 'ACME S.A.S.', nit: '900825759', factus: FACTUS },
  },
  ownBudget: {
    summary: 'With its own Factus budget',
    value: { name: 'ACME S.A.S.', nit: '900825759', factus: FACTUS, rateLimit: 60 },
  },
};
const UPDATE_EXAMPLES = {
  password: {
    summary: 'A new Factus password',
    value: { factus: { password: 'a-new-long-password' } },
  },
  budget: { summary: 'Back to FACTUS_RATE_LIMIT', value: { rateLimit: null } },
  disable: { summary: 'Disable it', value: { enabled: false } },
};

/**
 * The tenants (companies with their own Factus account) and their API keys: the admin API, for
 * ADMIN_API_KEYS keys only. No answer carries a secret: client secrets and passwords are written,
 * never read back, and a tenant API key is shown once, when it is created.
 */
@ApiTags('Admin')
@ApiSecurity('apiKey')
@AdminRoute()
@Controller(ROUTES.adminTenants)
export class TenantsAdminController {
  constructor(
    private readonly tenants: TenantAdminUseCases,
    private readonly checker: TenantCheckUseCase,
  ) {}

  @Post()
  @ApiOperation({
    summary: 'Register a tenant',
    description:
      'A company (NIT) with its own Factus account. Its `clientSecret` and `password` are stored ' +
      'encrypted and never shown again. Then create an API key for it and check its Factus login.',
  })
  @ApiBody({ type: CreateTenantDto, examples: CREATE_EXAMPLES })
  @ApiCreatedResponse({ type: TenantResponseDto, description: 'Created; `Location` names it.' })
  @ApiAdminProblems(P.validation, P.unsupportedMediaType)
  @ApiProblemResponses(413)
  async create(
    @Body() body: CreateTenantDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TenantResponseDto> {
    const tenant = await this.tenants.create(body);
    void reply.header('location', apiPath(ROUTES.adminTenants, tenant.id));
    return toTenantResponse(tenant);
  }

  @Get()
  @ApiOperation({ summary: 'Every tenant, from the API and from TENANTS_FILE (no secrets)' })
  @ApiOkResponse({ type: TenantListResponseDto })
  @ApiAdminProblems()
  async list(): Promise<TenantListResponseDto> {
    return { data: (await this.tenants.list()).map(toTenantResponse) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One tenant (no secrets)' })
  @ApiOkResponse({ type: TenantResponseDto })
  @ApiAdminProblems(P.tenantNotFound)
  async get(@Param('id') id: string): Promise<TenantResponseDto> {
    return toTenantResponse(await this.tenants.get(id));
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change its name, NIT, Factus account (any of its fields), budget, or enable it',
    description:
      'Only the fields sent change; `rateLimit: null` clears its own budget. This replica applies ' +
      'the change at once; others within TENANT_KEY_CACHE_MS.',
  })
  @ApiBody({ type: UpdateTenantDto, examples: UPDATE_EXAMPLES })
  @ApiOkResponse({ type: TenantResponseDto })
  @ApiAdminProblems(P.validation, P.tenantNotFound, P.declaredInFile, P.unsupportedMediaType)
  async update(@Param('id') id: string, @Body() body: UpdateTenantDto): Promise<TenantResponseDto> {
    return toTenantResponse(await this.tenants.update(id, toTenantPatch(body)));
  }

  @Post(':id/disable')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Disable it: its API keys are refused and its documents wait',
    description:
      'Its keys and data stay; enable it to resume. Disabling a disabled tenant is a no-op.',
  })
  @ApiOkResponse({ type: TenantResponseDto })
  @ApiAdminProblems(P.tenantNotFound, P.declaredInFile)
  async disable(@Param('id') id: string): Promise<TenantResponseDto> {
    return toTenantResponse(await this.tenants.disable(id));
  }

  @Post(':id/enable')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({ summary: 'Enable it again' })
  @ApiOkResponse({ type: TenantResponseDto })
  @ApiAdminProblems(P.tenantNotFound, P.declaredInFile)
  async enable(@Param('id') id: string): Promise<TenantResponseDto> {
    return toTenantResponse(await this.tenants.enable(id));
  }

  @Post(':id/check')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Log in to its Factus and show what its credentials see',
    description:
      "A fresh login with the tenant's client and user (on its own budget), then its company " +
      'profile and numbering ranges. Refused credentials: 422 TENANT_FACTUS_LOGIN_FAILED. Works on ' +
      'a disabled tenant (check, then enable).',
  })
  @ApiOkResponse({ type: TenantCheckResponseDto })
  @ApiAdminProblems(
    P.tenantNotFound,
    P.loginFailed,
    P.budgetExhausted,
    P.factusBadResponse,
    P.factusUnavailable,
    P.factusTimeout,
  )
  async check(@Param('id') id: string): Promise<TenantCheckResponseDto> {
    return toTenantCheckResponse(await this.checker.execute(id));
  }

  @Post(':id/api-keys')
  @ApiOperation({
    summary: 'Create an API key for it',
    description:
      'The answer holds the whole `key` (`ftk_<keyId>_<secret>`), for `X-API-Key`: it is shown only ' +
      'here, the service keeps its SHA-256. A tenant may hold several keys (rotate: create, switch, delete).',
  })
  @ApiCreatedResponse({ type: CreatedTenantApiKeyResponseDto })
  @ApiAdminProblems(P.tenantNotFound, P.declaredInFile)
  async createApiKey(@Param('id') id: string): Promise<CreatedTenantApiKeyResponseDto> {
    const created = await this.tenants.createApiKey(id);
    return { ...toTenantApiKeyResponse(created), key: created.key };
  }

  @Get(':id/api-keys')
  @ApiOperation({ summary: 'Its API keys, by id (never the keys)' })
  @ApiOkResponse({ type: TenantApiKeyListResponseDto })
  @ApiAdminProblems(P.tenantNotFound)
  async listApiKeys(@Param('id') id: string): Promise<TenantApiKeyListResponseDto> {
    return { data: (await this.tenants.listApiKeys(id)).map(toTenantApiKeyResponse) };
  }

  @Delete(':id/api-keys/:keyId')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({
    summary: 'Delete one of its API keys',
    description: 'Refused from then on by this replica, by the others within TENANT_KEY_CACHE_MS.',
  })
  @ApiNoContentResponse({ description: 'Deleted.' })
  @ApiAdminProblems(P.tenantNotFound, P.apiKeyNotFound, P.declaredInFile)
  async removeApiKey(@Param('id') id: string, @Param('keyId') keyId: string): Promise<void> {
    await this.tenants.removeApiKey(id, keyId);
  }
}
