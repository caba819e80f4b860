import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { formatProblem } from '../../../src/checks/problem.ts';
import { readDirectory } from '../../../src/directory/load.ts';
import { SOURCE_IDS } from '../../../src/sources/sources.ts';

/**
 * Each fixture in tests/fixtures/services/ breaks one rule; the check must name the file, the
 * JSON path and the reason. The valid fixture must pass.
 */
const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

function check(fixture: string, today = new Date('2026-11-23T12:00:00Z')) {
  const root = mkdtempSync(join(tmpdir(), 'dalil-services-'));
  roots.push(root);
  cpSync('content/places.json', join(root, 'content/places.json'));
  cpSync(`tests/fixtures/services/valid.json`, join(root, 'content/services/valid.json'));
  if (fixture !== 'valid.json') cpSync(`tests/fixtures/services/${fixture}`, join(root, `content/services/${fixture}`));
  return readDirectory(root, SOURCE_IDS, { maxAgeDays: 180, today }).problems.map(formatProblem);
}

describe('service data checks', () => {
  it('accepts a valid file', () => {
    expect(check('valid.json')).toEqual([]);
  });

  it.each([
    ['invalid-json.json', /invalid-json\.json:\d+\s+not valid JSON/],
    ['unknown-category.json', /unknown-category\.json:\d+\s+services\.0\.categories\.0:\s+unknown category: use one of hotline/],
    ['bad-phone.json', /bad-phone\.json:\d+\s+services\.0\.phones\.0\.number:\s+"0537 65 28 81" is not in E\.164 form/],
    ['missing-default-text.json', /missing-default-text\.json:\d+\s+services\.0\.name:\s+the en text is required/],
    ['duplicate-id.json', /services\/valid\.json:\d+\s+services\.0\.id:\s+id "valid-service" is already used in content\/services\/duplicate-id\.json/],
    ['impossible-date.json', /impossible-date\.json:\d+\s+services\.0\.assured_date:\s+"2026-02-30" is not a real date/],
    ['impossible-hours.json', /impossible-hours\.json:\d+\s+services\.0\.schedule\.hours\.0\.closes:\s+closes must be after opens/],
    ['bad-time.json', /bad-time\.json:\d+\s+services\.0\.schedule\.hours\.0\.opens:\s+write the time as HH:MM/],
    ['bad-timezone.json', /bad-timezone\.json:\d+\s+services\.0\.schedule\.timezone:\s+not a time zone/],
    ['unknown-city.json', /unknown-city\.json:\d+\s+locations\.0\.city:\s+unknown city "atlantis"/],
    ['unknown-location.json', /unknown-location\.json:\d+\s+services\.0\.location_ids\.0:\s+no location "nowhere" in this file/],
    ['future-date.json', /future-date\.json:\d+\s+services\.0\.assured_date:\s+2030-01-01 is in the future/],
  ])('%s is refused with file, path and reason', (fixture, expected) => {
    const problems = check(fixture).filter((p) => p.startsWith('error'));
    expect(problems.join('\n')).toMatch(expected);
  });

  it('warns, without failing, when details were verified too long ago', () => {
    const problems = check('valid.json', new Date('2028-01-01T00:00:00Z'));
    expect(problems).toHaveLength(2);
    expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^warning\s+content\/services\/valid\.json:\d+\s+services\.0\.assured_date:\s+last verified 2026-11-01, more than 180 days ago/), expect.stringMatching(/^warning.*organization\.assured_date/)]));
  });

  it('finds no error in the real directory', () => {
    const problems = readDirectory('.', SOURCE_IDS, { maxAgeDays: 180 }).problems;
    expect(problems.filter((p) => p.level === 'error').map(formatProblem)).toEqual([]);
  });

  it('every real data file points editors at the published JSON Schema', () => {
    for (const name of readdirSync('content/services')) {
      expect(JSON.parse(readFileSync(`content/services/${name}`, 'utf8')).$schema, name).toBe('../../public/schemas/services.schema.json');
    }
  });
});
