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
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ProviderSession } from '../../auth/provider-session.decorator';
import { ApiFactusAuth } from '../../common/http/api-factus-auth.decorator';
import { ApiProblemResponses } from '../../common/http/api-problem-responses.decorator';
import { apiPath, ROUTES } from '../../http/routes';
import { Idempotent } from '../../idempotency/application/idempotent.decorator';
import { WebhookEndpointUseCases } from '../application/webhook-endpoint.use-cases';
import { CreateWebhookEndpointDto, UpdateWebhookEndpointDto } from './webhook-endpoint.request.dto';
import {
  CreatedWebhookEndpointResponseDto,
  RotatedSecretResponseDto,
  toWebhookEndpointResponse,
  WebhookEndpointListResponseDto,
  WebhookEndpointResponseDto,
} from './webhook-endpoint.response.dto';
import { ApiWebhookEndpointProblems } from './webhook-endpoint.swagger';

const CREATE_EXAMPLES = {
  someEvents: {
    summary: 'Document outcomes of invoices',
    value: {
      url: 'https://erp.example.com/webhooks/factus',
      events: ['invoice.validated', 'invoice.rejected', 'invoice.failed'],
      description: 'ERP production',
    },
  },
  everything: {
    summary: 'Every event, present and future',
    value: { url: 'https://erp.example.com/webhooks/factus', events: ['*'] },
  },
};

/** Where an account's events are delivered (Standard Webhooks): CRUD and secret rotation. */
@ApiTags('Webhooks')
@ApiFactusAuth()
@Controller(ROUTES.webhookEndpoints)
export class WebhookEndpointController {
  constructor(private readonly endpoints: WebhookEndpointUseCases) {}

  @Post()
  @Idempotent()
  @ApiOperation({
    summary: 'Register a webhook endpoint',
    description:
      "Events of the caller's account of the given types are POSTed to `url`, signed per Standard Webhooks " +
      '(`webhook-id`, `webhook-timestamp`, `webhook-signature`). The answer holds the signing `secret`: it is ' +
      'shown only here (and on rotate-secret). The URL is checked against SSRF targets (400 WEBHOOK_URL_REFUSED).',
  })
  @ApiBody({ type: CreateWebhookEndpointDto, examples: CREATE_EXAMPLES })
  @ApiCreatedResponse({ type: CreatedWebhookEndpointResponseDto })
  @ApiWebhookEndpointProblems({ urlChecked: true })
  @ApiProblemResponses(400, 401, 415, 429)
  async create(
    @Body() body: CreateWebhookEndpointDto,
    @ProviderSession() session: ProviderSession,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CreatedWebhookEndpointResponseDto> {
    const endpoint = await this.endpoints.create(session.accountKey, body);
    void reply.header('location', apiPath(ROUTES.webhookEndpoints, endpoint.id));
    return { ...toWebhookEndpointResponse(endpoint), secret: endpoint.secret };
  }

  @Get()
  @ApiOperation({ summary: "The account's webhook endpoints (without their secrets)" })
  @ApiOkResponse({ type: WebhookEndpointListResponseDto })
  @ApiProblemResponses(401, 429)
  async list(@ProviderSession() session: ProviderSession): Promise<WebhookEndpointListResponseDto> {
    const endpoints = await this.endpoints.list(session.accountKey);
    return { data: endpoints.map(toWebhookEndpointResponse) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'One webhook endpoint (without its secret)' })
  @ApiOkResponse({ type: WebhookEndpointResponseDto })
  @ApiWebhookEndpointProblems({ byId: true })
  @ApiProblemResponses(400, 401, 404, 429)
  async get(
    @Param('id') id: string,
    @ProviderSession() session: ProviderSession,
  ): Promise<WebhookEndpointResponseDto> {
    return toWebhookEndpointResponse(await this.endpoints.get(session.accountKey, id));
  }

  @Patch(':id')
  @ApiOperation({
    summary: 'Change the URL, the events, the description, or enable / disable it',
    description:
      'Only the fields sent change. `enabled: true` also re-enables an endpoint the service disabled ' +
      '(410 Gone, failing too long). A new URL is checked like on create.',
  })
  @ApiOkResponse({ type: WebhookEndpointResponseDto })
  @ApiWebhookEndpointProblems({ urlChecked: true, byId: true })
  @ApiProblemResponses(400, 401, 404, 415, 429)
  async update(
    @Param('id') id: string,
    @Body() body: UpdateWebhookEndpointDto,
    @ProviderSession() session: ProviderSession,
  ): Promise<WebhookEndpointResponseDto> {
    return toWebhookEndpointResponse(await this.endpoints.update(session.accountKey, id, body));
  }

  @Delete(':id')
  @HttpCode(HttpStatus.NO_CONTENT)
  @ApiOperation({ summary: 'Remove a webhook endpoint (its pending deliveries go with it)' })
  @ApiNoContentResponse({ description: 'Removed.' })
  @ApiWebhookEndpointProblems({ byId: true })
  @ApiProblemResponses(400, 401, 404, 429)
  async remove(
    @Param('id') id: string,
    @ProviderSession() session: ProviderSession,
  ): Promise<void> {
    await this.endpoints.remove(session.accountKey, id);
  }

  @Post(':id/rotate-secret')
  @HttpCode(HttpStatus.OK)
  @ApiOperation({
    summary: 'Replace the signing secret',
    description:
      'Deliveries are signed with the new secret from now on, and also with the previous one until ' +
      '`previousSecretExpiresAt` (24 h by default), so receivers can switch without missing one.',
  })
  @ApiOkResponse({ type: RotatedSecretResponseDto })
  @ApiWebhookEndpointProblems({ byId: true })
  @ApiProblemResponses(400, 401, 404, 429)
  async rotateSecret(
    @Param('id') id: string,
    @ProviderSession() session: ProviderSession,
  ): Promise<RotatedSecretResponseDto> {
    const rotated = await this.endpoints.rotateSecret(session.accountKey, id);
    return {
      secret: rotated.endpoint.secret,
      previousSecretExpiresAt: rotated.previousSecretExpiresAt.toISOString(),
    };
  }
}
