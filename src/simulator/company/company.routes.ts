import { randomBytes } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  codeName,
  CUSTOMER_TRIBUTES,
  FISCAL_RESPONSIBILITIES,
  has,
  LEGAL_ORGANIZATIONS,
  municipality,
} from '../catalogs/dian-codes';
import type { SimulatorState } from '../core/simulator-state';
import { msg, validationFailed } from '../core/laravel-validation';
import { simRoute } from '../core/sim-route';
import { parseMultipart } from './multipart-form';
import { CompanyProfiles, SimulatorCompany } from './simulator-company';
import { readCompanyUpdate } from './company-update';

/** Seeded once: the demo company's record has not changed since. */
const CREATED_AT = '2023-06-01T08:00:38Z';

/** Assumption: the page gives no limit; Laravel's usual `max:2048` (kilobytes) for images. */
const LOGO_MAX_KILOBYTES = 2048;

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff]);

/**
 * `GET /v2/companies` (factus-api.md §2.10): the authenticated user's company, shaped as the
 * docs' example (empty strings for what does not apply, `economic_activity` as a number);
 * `PUT /v2/companies` (v2 empresas/actualizar), which changes it; and `POST /v2/companies/logo`
 * (v2 empresas/actualizar-imagen), multipart with the file in `image`, served back under
 * `/storage/images/logos/` as the docs' `url_logo` example is.
 */
export function registerCompanyRoutes(
  app: FastifyInstance,
  state: SimulatorState,
  profiles: CompanyProfiles = new CompanyProfiles(),
): CompanyProfiles {
  state.onReset(() => profiles.reset());

  simRoute(app, state, 'GET', '/v2/companies', { auth: 'bearer' }, ({ userId }) => ({
    status: 200,
    body: {
      status: 'OK',
      message: 'Solicitud exitosa',
      data: companyView(profiles.ofUser(userId ?? '')),
    },
  }));

  simRoute(app, state, 'PUT', '/v2/companies', { auth: 'bearer' }, ({ userId, body }) => {
    const current = profiles.ofUser(userId ?? '');
    const updatedAt = new Date(state.clock()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const read = readCompanyUpdate(body, current, updatedAt);
    if ('response' in read) return read.response;
    profiles.replace(read.company);
    // Assumption: the v2 page shows the request only; the answer is taken to be the company as
    // GET shows it, with a message in the style of Factus's other updates.
    return {
      status: 200,
      body: {
        status: 'OK',
        message: 'Empresa actualizada con éxito',
        data: companyView(read.company),
      },
    };
  });

  // In its own scope, so that multipart bodies (with binary files) are parsed for this route only.
  void app.register((scope, _options, done) => {
    scope.addContentTypeParser(
      'multipart/form-data',
      { parseAs: 'buffer' },
      (request, body, next) =>
        next(null, { multipart: parseMultipart(body as Buffer, request.headers['content-type']) }),
    );
    registerLogoRoute(scope, state, profiles);
    done();
  });

  // The stored logo behind `url_logo` (Factus's public storage; not an API route).
  app.get<{ Params: { name: string } }>('/storage/images/logos/:name', (request, reply) => {
    const logo = profiles.logo(request.params.name);
    if (!logo) return reply.code(404).send({ message: 'Not Found' });
    return reply.header('content-type', logo.contentType).send(logo.content);
  });
  return profiles;
}

function registerLogoRoute(
  app: FastifyInstance,
  state: SimulatorState,
  profiles: CompanyProfiles,
): void {
  simRoute(app, state, 'POST', '/v2/companies/logo', { auth: 'bearer' }, (ctx) => {
    const image = imageOf(ctx.body);
    if (typeof image === 'string') return validationFailed({ image: [image] });
    const current = profiles.ofUser(ctx.userId ?? '');
    const name = `${randomBytes(20).toString('hex')}.${image.extension}`;
    profiles.storeLogo(name, image.content, image.contentType);
    const updatedAt = new Date(state.clock()).toISOString().replace(/\.\d{3}Z$/, 'Z');
    const company: SimulatorCompany = {
      ...current,
      urlLogo: `${baseUrl(ctx.request)}/storage/images/logos/${name}`,
      updatedAt,
    };
    profiles.replace(company);
    // Assumption: the page documents no answer; the company as GET shows it is answered.
    return {
      status: 200,
      body: { status: 'OK', message: 'Logo actualizado con éxito', data: companyView(company) },
    };
  });
}

/**
 * Laravel's `image: required|mimes:png,jpg,jpeg|max:2048`: the file in the field `image`, its
 * type guessed from its bytes (as Laravel's mimes rule does), not its name. A message on refusal.
 */
function imageOf(
  body: unknown,
): { content: Buffer; contentType: string; extension: string } | string {
  const parts = (body as { multipart?: ReturnType<typeof parseMultipart> } | undefined)?.multipart;
  const file = parts?.find((part) => part.name === 'image' && part.fileName !== undefined);
  if (!file || file.content.length === 0) return msg.required('image');
  if (file.content.length > LOGO_MAX_KILOBYTES * 1024) {
    return `El campo image no debe ser mayor que ${LOGO_MAX_KILOBYTES} kilobytes.`;
  }
  if (file.content.subarray(0, PNG.length).equals(PNG)) {
    return { content: file.content, contentType: 'image/png', extension: 'png' };
  }
  if (file.content.subarray(0, JPEG.length).equals(JPEG)) {
    return { content: file.content, contentType: 'image/jpeg', extension: 'jpg' };
  }
  return 'El campo image debe ser un archivo de tipo: png, jpg, jpeg.';
}

function baseUrl(request: FastifyRequest): string {
  return `${request.protocol}://${request.headers.host ?? request.hostname}`;
}

export function companyView(company: SimulatorCompany) {
  const legalPerson = company.legalOrganizationCode === '1';
  return {
    url_logo: company.urlLogo,
    nit: company.nit,
    dv: company.dv,
    company: legalPerson ? company.company : '',
    trade_name: company.tradeName,
    names: legalPerson ? '' : (company.names ?? company.company),
    surnames: legalPerson ? '' : (company.surnames ?? ''),
    graphic_representation_name: company.company,
    registration_code: company.registrationCode,
    economic_activity: company.economicActivity === '' ? '' : Number(company.economicActivity),
    phone: company.phone,
    email: company.email,
    address: company.address,
    tribute: has(CUSTOMER_TRIBUTES, company.tributeCode)
      ? codeName(CUSTOMER_TRIBUTES, company.tributeCode)
      : null,
    legal_organization: codeName(LEGAL_ORGANIZATIONS, company.legalOrganizationCode),
    municipality: municipality(company.municipalityCode) ?? null,
    responsibilities: company.responsibilities.map((code) =>
      codeName(FISCAL_RESPONSIBILITIES, code),
    ),
    created_at: CREATED_AT,
    updated_at: company.updatedAt ?? CREATED_AT,
  };
}
