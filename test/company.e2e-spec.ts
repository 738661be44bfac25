import http from 'node:http';
import request from 'supertest';
import { SimulatorControl } from './support/simulator-control';
import { loginAsDemo, PROBLEM_JSON, startTestService, TestService } from './support/test-service';

/**
 * The request example of v2 empresas/actualizar in our names (responsibility from the table). Its
 * nulls are dropped by our validation (null means "not sent": Factus keeps the value).
 */
const DOCS_UPDATE = {
  legalOrganizationCode: '2',
  company: null,
  names: 'Alan',
  surnames: 'Turing',
  responsibilities: 'R-99-PN',
  economicActivity: '6920',
  email: 'alanturing@enigmasas.com',
  address: 'calle 100 #50-80',
  tradeName: null,
  registrationCode: null,
  phone: '0987654321',
  municipalityCode: '68872',
  tributeCode: 'ZZ',
};

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Record<string, unknown>;
}

/**
 * A POST whose body the test writes itself (hostile multipart, a body never finished): resolves
 * with the answer as soon as it has come, whatever the client is still writing (its write errors
 * once the server closes are expected), and fails if none comes in 10 s.
 */
function rawPost(
  url: string,
  headers: Record<string, string>,
  write: (req: http.ClientRequest) => void,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    let answered = false;
    const req = http.request(`${url}/api/v1/company/logo`, { method: 'POST', headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => {
        answered = true;
        clearTimeout(deadline);
        req.destroy();
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
        });
      });
    });
    const deadline = setTimeout(() => {
      req.destroy();
      reject(new Error('no answer within 10 s'));
    }, 10_000);
    req.on('error', (error) => {
      if (!answered) {
        clearTimeout(deadline);
        reject(error);
      }
    });
    write(req);
  });
}

// A service with its own database starts in seconds on a loaded 2-core machine.
jest.setTimeout(60_000);

describe('Company update and logo (e2e, against the simulator)', () => {
  let service: TestService;
  let sim: SimulatorControl;
  let auth: { Authorization: string };

  beforeAll(async () => {
    service = await startTestService();
    sim = new SimulatorControl(service.simulator.url);
  });
  afterAll(() => service.close());
  beforeEach(async () => {
    await sim.reset();
    auth = await loginAsDemo(service);
  });

  const put = (body: object) => request(service.url).put('/api/v1/company').set(auth).send(body);
  const companyCalls = async () =>
    (await sim.requests()).filter((r) => r.path.startsWith('/v2/companies'));

  describe('OpenAPI document', () => {
    interface Operation {
      requestBody: {
        content: Record<
          string,
          { schema: Record<string, unknown>; examples?: Record<string, { value: object }> }
        >;
      };
      responses: Record<
        string,
        { content?: Record<string, { examples?: Record<string, { value: { code: string } }> }> }
      >;
    }
    const operation = async (path: string, method: string) => {
      const { paths } = (await request(service.url).get('/docs-json').expect(200)).body as {
        paths: Record<string, Record<string, Operation>>;
      };
      return paths[path][method];
    };
    const problemCodes = (op: Operation, status: string) =>
      Object.values(op.responses[status].content?.['application/problem+json'].examples ?? {})
        .map((example) => example.value.code)
        .sort();

    it('gives PUT /company request examples, each accepted by the route', async () => {
      const put = await operation('/api/v1/company', 'put');
      const examples = put.requestBody.content['application/json'].examples ?? {};
      expect(Object.keys(examples).sort()).toEqual(['legalPerson', 'naturalPerson']);
      for (const { value } of Object.values(examples)) {
        await request(service.url).put('/api/v1/company').set(auth).send(value).expect(200);
      }
    });

    it('documents the logo as multipart with a binary image, and its own problems', async () => {
      const logo = await operation('/api/v1/company/logo', 'post');
      expect(logo.requestBody.content['multipart/form-data'].schema).toMatchObject({
        required: ['image'],
        properties: { image: { type: 'string', format: 'binary' } },
      });
      expect(problemCodes(logo, '413')).toEqual(['LOGO_TOO_LARGE']);
      expect(problemCodes(logo, '415')).toEqual(['LOGO_NOT_PNG_OR_JPEG', 'UNSUPPORTED_MEDIA_TYPE']);
      expect(problemCodes(logo, '400')).toEqual(['VALIDATION_FAILED', 'VALIDATION_FAILED']);
      const xml = await operation('/api/v1/documents/{trackId}/xml', 'get');
      expect(problemCodes(xml, '404')).toEqual(['DOCUMENT_NOT_FOUND']);
    });
  });

  describe('PUT /api/v1/company', () => {
    it('changes the issuer to the docs example and answers the profile; GET agrees', async () => {
      const answer = await put(DOCS_UPDATE).expect(200);
      expect(answer.body).toEqual({
        nit: '901724254',
        dv: expect.stringMatching(/^\d$/),
        company: null,
        tradeName: 'Demo Simulador',
        names: 'Alan',
        surnames: 'Turing',
        registrationCode: '0000000-00',
        economicActivity: '6920',
        phone: '0987654321',
        email: 'alanturing@enigmasas.com',
        address: 'calle 100 #50-80',
        tribute: { code: 'ZZ', name: 'No aplica' },
        legalOrganization: { code: '2', name: 'Persona Natural' },
        municipality: {
          code: '68872',
          name: 'Villanueva',
          department: { code: '68', name: 'Santander' },
        },
        responsibilities: [{ code: 'R-99-PN', name: 'No responsable' }],
        urlLogo: 'https://app-sandbox.factus.com.co/images/logo.png',
      });
      const shown = await request(service.url).get('/api/v1/company').set(auth).expect(200);
      expect(shown.body).toEqual(answer.body);
      const puts = (await companyCalls()).filter((r) => r.method === 'PUT');
      expect(puts).toHaveLength(1);
    });

    it('clears a text sent empty', async () => {
      const answer = await put({ ...DOCS_UPDATE, tradeName: '', registrationCode: '' }).expect(200);
      expect(answer.body).toMatchObject({ tradeName: null, registrationCode: null, names: 'Alan' });
      const shown = await request(service.url).get('/api/v1/company').set(auth).expect(200);
      expect(shown.body).toMatchObject({ tradeName: null, registrationCode: null });
    });

    it('keeps what is left out', async () => {
      await put({ legalOrganizationCode: '1', company: 'ENIGMA S.A.S.', municipalityCode: '11001' })
        .expect(200)
        .expect((response) => {
          expect(response.body).toMatchObject({
            company: 'ENIGMA S.A.S.',
            tradeName: 'Demo Simulador',
            municipality: { code: '11001' },
            responsibilities: [{ code: 'O-13', name: 'Gran contribuyente' }],
          });
        });
    });

    it('refuses bad codes and missing names locally (400 naming each field), sending nothing', async () => {
      const response = await put({
        legalOrganizationCode: '2',
        names: 'Alan',
        municipalityCode: '99999',
        tributeCode: 'XX',
        responsibilities: '5',
        economicActivity: '69',
        email: 'not-an-email',
        nit: '900825759',
      })
        .expect(400)
        .expect('content-type', PROBLEM_JSON);
      expect(response.body.code).toBe('VALIDATION_FAILED');
      const fields = (response.body.errors as Array<{ field: string }>).map((e) => e.field).sort();
      expect(fields).toEqual(
        [
          'economicActivity',
          'email',
          'municipalityCode',
          'nit',
          'responsibilities',
          'surnames',
          'tributeCode',
        ].sort(),
      );
      expect(await companyCalls()).toEqual([]);
    });

    it('refuses a natural person without surnames (400), sending nothing', async () => {
      const { surnames: _surnames, ...withoutSurnames } = DOCS_UPDATE;
      const response = await put(withoutSurnames).expect(400);
      expect(response.body.errors).toEqual([
        { field: 'surnames', message: 'surnames is required' },
      ]);
      const blank = await put({ ...DOCS_UPDATE, names: '  ' }).expect(400);
      expect(blank.body.errors).toEqual([
        {
          field: 'names',
          message: 'names is required for a natural person (legalOrganizationCode 2)',
        },
      ]);
      const legal = await put({
        legalOrganizationCode: '1',
        company: '',
        municipalityCode: '11001',
      });
      expect(legal.status).toBe(400);
      expect(legal.body.errors).toEqual([
        {
          field: 'company',
          message: 'company is required for a legal person (legalOrganizationCode 1)',
        },
      ]);
      expect(await companyCalls()).toEqual([]);
    });

    it('clears a name the legal organization does not require ("" for a natural person\'s company)', async () => {
      await put({ ...DOCS_UPDATE, company: '' })
        .expect(200)
        .expect((response) =>
          expect(response.body).toMatchObject({ company: null, names: 'Alan' }),
        );
    });

    it('requires legalOrganizationCode and municipalityCode', async () => {
      const response = await put({}).expect(400);
      const fields = (response.body.errors as Array<{ field: string }>).map((e) => e.field);
      expect(fields).toEqual(expect.arrayContaining(['legalOrganizationCode', 'municipalityCode']));
    });

    it('relays a refusal of Factus (422) as FACTUS_VALIDATION_FAILED', async () => {
      await sim.fault({ route: 'PUT /v2/companies', type: 'status', status: 422 });
      const response = await put(DOCS_UPDATE).expect(422).expect('content-type', PROBLEM_JSON);
      expect(response.body.code).toBe('FACTUS_VALIDATION_FAILED');
      expect(response.body.detail).toMatch(/^Factus refused the company update/);
    });

    it('requires a Factus token', async () => {
      await request(service.url).put('/api/v1/company').send(DOCS_UPDATE).expect(401);
    });
  });

  describe('POST /api/v1/company/logo', () => {
    const PNG = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('IHDR and the rest of a small png'),
    ]);
    const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from('JFIF…')]);
    const MAX = 2 * 1024 * 1024;
    const upload = (
      content: Buffer,
      options: { field?: string; filename?: string; contentType?: string } = {},
    ) =>
      request(service.url)
        .post('/api/v1/company/logo')
        .set(auth)
        .attach(options.field ?? 'image', content, {
          filename: options.filename ?? 'logo.png',
          contentType: options.contentType ?? 'image/png',
        });
    const logoCalls = async () =>
      (await sim.requests()).filter((r) => r.path === '/v2/companies/logo');

    it('uploads a PNG and answers the profile with the new urlLogo, which serves those bytes', async () => {
      const answer = await upload(PNG).expect(200);
      const urlLogo = answer.body.urlLogo as string;
      expect(urlLogo).toMatch(
        /^http:\/\/127\.0\.0\.1:\d+\/storage\/images\/logos\/[0-9a-f]{40}\.png$/,
      );
      expect(answer.body.nit).toBe('901724254');
      const shown = await request(service.url).get('/api/v1/company').set(auth).expect(200);
      expect(shown.body.urlLogo).toBe(urlLogo);
      const served = await request(urlLogo).get('').buffer(true).expect(200);
      expect(served.headers['content-type']).toBe('image/png');
      expect(Buffer.from(served.body as Buffer)).toEqual(PNG);
      expect(await logoCalls()).toHaveLength(1);
    });

    it('reads the type from the bytes: a JPEG named and declared a GIF is sent as a JPEG', async () => {
      const answer = await upload(JPEG, { filename: 'logo.gif', contentType: 'image/gif' }).expect(
        200,
      );
      expect(answer.body.urlLogo).toMatch(/\.jpg$/);
    });

    it('takes a logo of exactly 2 MiB', async () => {
      await upload(Buffer.concat([PNG, Buffer.alloc(MAX - PNG.length)])).expect(200);
    });

    it('refuses a file that is not a PNG or JPEG, even named .png (415 naming image), sending nothing', async () => {
      const response = await upload(Buffer.from('GIF89a\x01\x00\x01\x00')).expect(415);
      expect(response.headers['content-type']).toMatch(PROBLEM_JSON);
      expect(response.body).toMatchObject({
        status: 415,
        code: 'LOGO_NOT_PNG_OR_JPEG',
        accepted: ['image/png', 'image/jpeg'],
        errors: [{ field: 'image', message: expect.stringContaining('PNG or JPEG') }],
      });
      expect(await logoCalls()).toEqual([]);
    });

    it('refuses a logo over 2 MiB (413 naming image), sending nothing', async () => {
      const response = await upload(Buffer.concat([PNG, Buffer.alloc(MAX)])).expect(413);
      expect(response.body).toMatchObject({
        code: 'LOGO_TOO_LARGE',
        errors: [{ field: 'image', message: 'image must be at most 2 MiB' }],
      });
      expect(await logoCalls()).toEqual([]);
    });

    it('refuses a file in another field, and a form without a file (400 naming image)', async () => {
      const elsewhere = await upload(PNG, { field: 'logo' }).expect(400);
      expect(elsewhere.body).toMatchObject({
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'image', message: expect.stringContaining('"logo"') }],
      });
      const noFile = await request(service.url)
        .post('/api/v1/company/logo')
        .set(auth)
        .field('note', 'no file here')
        .expect(400);
      expect(noFile.body.errors).toEqual([
        { field: 'image', message: 'image is required: the form holds no file' },
      ]);
      const noBody = await request(service.url).post('/api/v1/company/logo').set(auth).expect(400);
      expect(noBody.body.errors[0].field).toBe('image');
      expect(await logoCalls()).toEqual([]);
    });

    it('answers 415 to a JSON body on the logo route, naming multipart/form-data', async () => {
      const response = await request(service.url)
        .post('/api/v1/company/logo')
        .set(auth)
        .send({ image: PNG.toString('base64') })
        .expect(415);
      expect(response.body).toMatchObject({
        code: 'UNSUPPORTED_MEDIA_TYPE',
        accepted: ['multipart/form-data'],
      });
    });

    it('keeps every JSON route refusing multipart (415, application/json only)', async () => {
      for (const [method, path] of [
        ['put', '/api/v1/company'],
        ['post', '/api/v1/invoices'],
      ] as const) {
        const response = await request(service.url)
          [method](path)
          .set(auth)
          .attach('image', PNG, 'logo.png')
          .expect(415);
        expect(response.body).toMatchObject({
          code: 'UNSUPPORTED_MEDIA_TYPE',
          accepted: ['application/json'],
        });
      }
      expect(await companyCalls()).toEqual([]);
    });

    describe('hostile multipart bodies: a clear 4xx, quickly, nothing sent to Factus', () => {
      const BOUNDARY = 'x-test-boundary';
      const multipart = { 'content-type': `multipart/form-data; boundary=${BOUNDARY}` };
      const filePart = (field: string, content: Buffer) =>
        Buffer.concat([
          Buffer.from(
            `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${field}"; filename="logo.png"\r\n` +
              'Content-Type: image/png\r\n\r\n',
          ),
          content,
        ]);
      const end = Buffer.from(`\r\n--${BOUNDARY}--\r\n`);
      const send = (body: Buffer, headers: Record<string, string> = multipart) =>
        rawPost(
          service.url,
          { ...auth, ...headers, 'content-length': String(body.length) },
          (req) => req.end(body),
        );
      const imageErrors = (answer: RawAnswer) => {
        expect(answer.headers['content-type']).toMatch(PROBLEM_JSON);
        return answer.body.errors as Array<{ field: string; message: string }>;
      };

      afterEach(async () => {
        expect(await logoCalls()).toEqual([]);
      });

      it('a zero-byte file: 400 naming image as required', async () => {
        const answer = await send(Buffer.concat([filePart('image', Buffer.alloc(0)), end]));
        expect(answer.status).toBe(400);
        expect(imageErrors(answer)).toEqual([
          { field: 'image', message: 'image is required: the file is empty (0 bytes)' },
        ]);
      });

      it('multipart without a boundary: 400 naming image', async () => {
        const answer = await send(filePart('image', PNG), {
          'content-type': 'multipart/form-data',
        });
        expect(answer.status).toBe(400);
        expect(answer.body.code).toBe('VALIDATION_FAILED');
        expect(imageErrors(answer)).toEqual([
          {
            field: 'image',
            message: expect.stringMatching(/^the multipart\/form-data body could not be read/),
          },
        ]);
      });

      it('a body cut before the closing boundary: 400 naming image', async () => {
        const answer = await send(filePart('image', PNG));
        expect(answer.status).toBe(400);
        expect(imageErrors(answer)).toEqual([
          {
            field: 'image',
            message: expect.stringMatching(/^the multipart\/form-data body could not be read/),
          },
        ]);
      });

      it('a second file after the logo: 400 (one file and nothing more)', async () => {
        const answer = await send(
          Buffer.concat([filePart('image', PNG), Buffer.from('\r\n'), filePart('other', PNG), end]),
        );
        expect(answer.status).toBe(400);
        expect(imageErrors(answer)).toEqual([
          { field: 'image', message: 'send one file, in the field image, and nothing more' },
        ]);
      });

      it('a whole file part, then the body cut before the closing boundary: 400', async () => {
        const answer = await send(
          Buffer.concat([filePart('image', PNG), Buffer.from(`\r\n--${BOUNDARY}\r\nContent-Dis`)]),
        );
        expect(answer.status).toBe(400);
        expect(imageErrors(answer)[0]).toEqual({
          field: 'image',
          message: expect.stringMatching(/^the multipart\/form-data body could not be read/),
        });
      });

      it('a field named __proto__, or a JSON field that is not JSON, before the file: 400', async () => {
        for (const field of [
          'Content-Disposition: form-data; name="__proto__"\r\n\r\n{"polluted":true}',
          'Content-Disposition: form-data; name="meta"\r\nContent-Type: application/json\r\n\r\n{not json',
        ]) {
          const answer = await send(
            Buffer.concat([
              Buffer.from(`--${BOUNDARY}\r\n${field}\r\n`),
              filePart('image', PNG),
              end,
            ]),
          );
          expect(answer.status).toBe(400);
          expect(imageErrors(answer)[0]).toEqual({
            field: 'image',
            message: expect.stringMatching(/^the multipart\/form-data body could not be read/),
          });
        }
      });

      it('many fields before the file: 400 (one file and nothing more)', async () => {
        const fields = Array.from(
          { length: 20 },
          (_, i) =>
            `--${BOUNDARY}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nvalue ${i}\r\n`,
        ).join('');
        const answer = await send(
          Buffer.concat([Buffer.from(fields), filePart('image', PNG), end]),
        );
        expect(answer.status).toBe(400);
        expect(imageErrors(answer)).toEqual([
          { field: 'image', message: 'send one file, in the field image, and nothing more' },
        ]);
      });

      it('a 64 KiB field name: 400, the name cut in the message', async () => {
        const answer = await send(Buffer.concat([filePart('n'.repeat(64 * 1024), PNG), end]));
        expect(answer.status).toBe(400);
        const [error] = imageErrors(answer);
        expect(error.field).toBe('image');
        expect(error.message.length).toBeLessThan(200);
      });

      it('a Content-Length over the limit: 413 before a byte is read, connection closed', async () => {
        const answer = await rawPost(
          service.url,
          { ...auth, ...multipart, 'content-length': String(50 * 1024 * 1024) },
          (req) => req.flushHeaders(),
        );
        expect(answer.status).toBe(413);
        expect(answer.headers.connection).toBe('close');
        expect(answer.body).toMatchObject({
          code: 'LOGO_TOO_LARGE',
          maxBytes: MAX,
          detail: expect.stringContaining('52428800 bytes (Content-Length)'),
          errors: [{ field: 'image', message: 'image must be at most 2 MiB' }],
        });
      });

      it('without a token: 401 at once, the unread body not drained (connection closed)', async () => {
        const answer = await rawPost(
          service.url,
          { ...multipart, 'transfer-encoding': 'chunked' },
          (req) => req.write(filePart('image', Buffer.alloc(1024 * 1024))),
        );
        expect(answer.status).toBe(401);
        expect(answer.headers.connection).toBe('close');
        const declared = await rawPost(
          service.url,
          { ...multipart, 'content-length': String(50 * 1024 * 1024) },
          (req) => req.flushHeaders(),
        );
        expect(declared.status).toBe(413);
        expect(declared.body.code).toBe('LOGO_TOO_LARGE');
      });

      it('a compressed body: 415 naming multipart/form-data', async () => {
        const answer = await send(Buffer.concat([filePart('image', PNG), end]), {
          ...multipart,
          'content-encoding': 'gzip',
        });
        expect(answer.status).toBe(415);
        expect(answer.body).toMatchObject({
          code: 'UNSUPPORTED_MEDIA_TYPE',
          accepted: ['multipart/form-data'],
          detail: expect.stringContaining('multipart/form-data body uncompressed'),
        });
      });

      it('a chunked body that never reaches a boundary: 413 once the limit is read, connection closed', async () => {
        const answer = await rawPost(
          service.url,
          { ...auth, ...multipart, 'transfer-encoding': 'chunked' },
          (req) => {
            // 4 MiB of preamble, written as the socket takes it; the server stops reading at its limit.
            const chunk = Buffer.alloc(64 * 1024, 0x61);
            let left = 64;
            const pump = () => {
              while (left > 0) {
                left -= 1;
                if (!req.write(chunk)) return void req.once('drain', pump);
              }
              req.end();
            };
            pump();
          },
        );
        expect(answer.status).toBe(413);
        expect(answer.headers.connection).toBe('close');
        expect(answer.body).toMatchObject({
          code: 'LOGO_TOO_LARGE',
          detail: expect.stringContaining(`over ${MAX + 64 * 1024} bytes`),
        });
      });
    });

    it('relays a refusal of Factus (422) as FACTUS_VALIDATION_FAILED', async () => {
      await sim.fault({ route: 'POST /v2/companies/logo', type: 'status', status: 422 });
      const response = await upload(PNG).expect(422);
      expect(response.body.code).toBe('FACTUS_VALIDATION_FAILED');
      expect(response.body.detail).toMatch(/^Factus refused the logo/);
    });

    it('requires a Factus token', async () => {
      await request(service.url)
        .post('/api/v1/company/logo')
        .attach('image', PNG, 'logo.png')
        .expect(401);
    });
  });
});
