/**
 * Generates the web client's API types (web/src/api/schema.d.ts) from the OpenAPI document of
 * the server, built in process on an empty in-memory database: no server to start, no network.
 *
 *   npm run gen:api          writes the file
 *   tests/unit/api-types-fresh.test.ts fails when the committed file is stale
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import * as prettier from 'prettier';
import { loadConfig } from '../src/app/config.js';
import { createApp } from '../src/app/create-app.js';
import { openDatabase } from '../src/db/database.js';

const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const API_TYPES_PATH = path.join(projectRoot, 'web/src/api/schema.d.ts');

const HEADER = `/**
 * Types of the Relais API, generated from /api/openapi.json by scripts/gen-api.ts.
 * Do not edit by hand: run \`npm run gen:api\`.
 */

`;

/** The OpenAPI document exactly as the server serves it. */
export async function buildOpenApiDocument(): Promise<OpenAPI3> {
  const database = openDatabase(':memory:');
  // A web root that does not exist: the document must not depend on whether the web app is built.
  const app = await createApp({
    config: { ...loadConfig({}), version: '0.0.0' },
    database,
    webRoot: path.join(os.tmpdir(), 'relais-gen-api-no-web'),
  });
  try {
    await app.ready();
    return JSON.parse(JSON.stringify(app.swagger())) as OpenAPI3;
  } finally {
    await app.close();
    await database.close();
  }
}

/** The content of schema.d.ts, formatted with the project's Prettier settings. */
export async function generateApiTypes(): Promise<string> {
  const document = await buildOpenApiDocument();
  const ast = await openapiTS(document, {
    alphabetize: true,
    exportType: false,
  });
  const source = HEADER + astToString(ast);
  const options = (await prettier.resolveConfig(API_TYPES_PATH)) ?? {};
  return prettier.format(source, { ...options, filepath: API_TYPES_PATH });
}

async function main(): Promise<void> {
  const content = await generateApiTypes();
  await fs.mkdir(path.dirname(API_TYPES_PATH), { recursive: true });
  await fs.writeFile(API_TYPES_PATH, content);
  console.log(`Types de l'API écrits dans ${path.relative(process.cwd(), API_TYPES_PATH)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
