import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { LOCALE_CODES } from '../support/site.ts';

/**
 * Issue #13: the exports are valid open data, judged by Open Referral's own HSDS 3.0 schemas (the
 * workspace's ../shared/hsds-3.0, or the identical copy in tests/fixtures/hsds-3.0).
 */
const SHARED = '../shared/hsds-3.0/schema';
const COPY = 'tests/fixtures/hsds-3.0/schema';
const BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

function hsdsValidator() {
  const dir = existsSync(SHARED) ? SHARED : COPY;
  // HSDS schemas carry their own keywords (core, constraints, example…): Ajv in non-strict mode.
  const ajv = new Ajv({ strict: false, allErrors: true });
  addFormats.default(ajv);
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json') && f !== 'openapi.json')) {
    const schema = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
    ajv.addSchema({ ...schema, $id: `${BASE}${file}` });
  }
  // The profile names the compiled service schema; its component form validates the same records.
  ajv.addSchema({ $id: `${BASE}compiled/service.json`, $ref: `${BASE}service.json` });
  return { ajv, service: ajv.getSchema(`${BASE}service.json`)! };
}

const explain = (errors: unknown) => JSON.stringify(errors, null, 1).slice(0, 2000);

test('the copy of the HSDS schemas equals the workspace\'s, when both exist', () => {
  test.skip(!existsSync(SHARED), 'no ../shared/hsds-3.0 on this machine');
  for (const file of readdirSync(COPY)) expect(readFileSync(join(COPY, file), 'utf8'), file).toBe(readFileSync(join(SHARED, file), 'utf8'));
});

for (const lang of LOCALE_CODES) {
  test(`${lang}: every service in /${lang}/services.json is valid HSDS 3.0, with UUIDs and no nulls`, async ({ request }) => {
    const { service } = hsdsValidator();
    const response = await request.get(`/${lang}/services.json`);
    expect(response.ok()).toBe(true);
    const body = await response.text();
    expect(body).not.toContain('null');
    const services = JSON.parse(body) as { id: string; x_dalil: { id: string } }[];
    expect(services.length).toBeGreaterThanOrEqual(40);
    for (const s of services) {
      expect(service(s), `${s.x_dalil.id}: ${explain(service.errors)}`).toBe(true);
      expect(s.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    expect(new Set(services.map((s) => s.id)).size).toBe(services.length);
  });
}

test('the all-languages file validates against the profile schema it names, with the same ids in every language', async ({ request }) => {
  const { ajv } = hsdsValidator();
  const all = (await (await request.get('/services.json')).json()) as { $schema: string; languages: Record<string, { id: string }[]> };
  const schemaPath = new URL(all.$schema).pathname;
  const profile = (await (await request.get(schemaPath)).json()) as Record<string, unknown>;
  const validate = ajv.compile(profile);
  expect(validate(all), explain(validate.errors)).toBe(true);
  expect(Object.keys(all.languages).sort()).toEqual([...LOCALE_CODES].sort());
  const ids = (lang: string) => all.languages[lang]!.map((s) => s.id).sort();
  for (const lang of LOCALE_CODES) expect(ids(lang)).toEqual(ids('en'));
});

test('ids are stable: the same slug always gives the same UUID', async ({ request }) => {
  const { uuid } = await import('../../src/directory/uuid.ts');
  const services = (await (await request.get('/en/services.json')).json()) as { id: string; x_dalil: { id: string } }[];
  for (const s of services) expect(s.id).toBe(uuid('service', s.x_dalil.id));
  // UUID v5 of a known name under the documented namespace (checked with Python's uuid.uuid5).
  expect(uuid('service', 'iom-rabat-avrr')).toBe('596a9439-5f0b-5424-8950-bc5e8575121a');
});

/** A small RFC 4180 reader: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n') {
      row.push(cell.replace(/\r$/, ''));
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (cell || row.length) rows.push([...row, cell]);
  return rows;
}

for (const lang of ['ar', 'en']) {
  test(`${lang}: the CSV parses and matches the JSON, row for row`, async ({ request }) => {
    const csv = (await (await request.get(`/${lang}/services.csv`)).text()).replace(/^\uFEFF/, '');
    const [header, ...rows] = parseCsv(csv);
    const json = (await (await request.get(`/${lang}/services.json`)).json()) as { id: string; name: string; phones?: { number: string; type: string }[]; assured_date: string; x_dalil: { id: string } }[];
    expect(rows.length).toBe(json.length);
    const col = (name: string) => header!.indexOf(name);
    for (const [i, s] of json.entries()) {
      const row = rows[i]!;
      expect(row.length).toBe(header!.length);
      expect(row[col('id')]).toBe(s.x_dalil.id);
      expect(row[col('uuid')]).toBe(s.id);
      expect(row[col('name')]).toBe(s.name);
      expect(row[col('last_verified')]).toBe(s.assured_date);
      const voice = (s.phones ?? []).filter((p) => p.type === 'voice').map((p) => p.number).join('; ');
      expect(row[col('phone')]).toBe(voice);
    }
  });
}
