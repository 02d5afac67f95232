import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { testEngine } from '../support/test-database.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe(`platform on ${testEngine()}`, () => {
  it('GET /api/health names the engine and the version', async () => {
    const r = await t.app.inject({ url: '/api/health' });
    expect(r.statusCode).toBe(200);
    expect(r.json()).toEqual({ status: 'ok', database: testEngine(), version: t.config.version });
  });

  it('serves the OpenAPI 3.1 document generated from the route schemas', async () => {
    const r = await t.app.inject({ url: '/api/openapi.json' });
    const doc = r.json();
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/health', '/api/auth/login', '/api/relais/{relaisId}/sites']),
    );
    // Request schemas come from Zod: the login body requires an e-mail.
    const login = doc.paths['/api/auth/login'].post.requestBody.content['application/json'].schema;
    expect(login.required).toEqual(expect.arrayContaining(['email', 'password']));
    expect(doc.paths['/api/openapi.json']).toBeUndefined();
  });

  it('sends security headers', async () => {
    const r = await t.app.inject({ url: '/api/health' });
    expect(r.headers['content-security-policy']).toContain("default-src 'self'");
    expect(r.headers['x-content-type-options']).toBe('nosniff');
    expect(r.headers['strict-transport-security']).toBeDefined();
    expect(r.headers['x-frame-options']).toBe('SAMEORIGIN');
    expect(r.headers['x-powered-by']).toBeUndefined();
  });

  it('answers unknown API addresses with a French 404, never the web page', async () => {
    const r = await t.app.inject({ url: '/api/nulle-part' });
    expect(r.statusCode).toBe(404);
    expect(r.json().error.message).toBe("Cette adresse n'existe pas.");
  });
});
