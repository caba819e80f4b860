import { describe, expect, it } from 'vitest';
import { guideSchema } from '../../../src/guides/schema.ts';

const schema = guideSchema(['iom-approach-to-protection-2023.txt']);
const valid = {
  title: 'Going home with IOM’s help',
  summary: 'IOM can help you return home safely if you choose to.',
  topic: 'voluntary-return',
  countries: ['MA', 'IQ'],
  updated: '2026-11-23',
  reviewed: 'draft',
  sources: [{ document: 'iom-approach-to-protection-2023.txt' }, { title: 'A public page', url: 'https://example.org/page', accessed: '2026-11-01' }],
};

function fieldErrors(data: unknown): Record<string, string> {
  const result = schema.safeParse(data);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.') || (i as { keys?: string[] }).keys?.join(',') || '', i.message]));
}

describe('guide frontmatter schema', () => {
  it('accepts a complete guide and fills defaults', () => {
    const result = schema.parse(valid);
    expect(result.related).toEqual([]);
    expect(result.order).toBe(100);
    expect(result.updated).toEqual(new Date('2026-11-23T00:00:00Z'));
  });

  it('accepts a reviewed date', () => {
    expect(schema.parse({ ...valid, reviewed: '2026-10-01' }).reviewed).toEqual(new Date('2026-10-01T00:00:00Z'));
  });

  it('names the missing field', () => {
    const { title: _omit, ...rest } = valid;
    expect(Object.keys(fieldErrors(rest))).toContain('title');
  });

  it('refuses an unknown topic and lists the allowed ones', () => {
    expect(fieldErrors({ ...valid, topic: 'housing' }).topic).toMatch(/use one of: rights, services/);
  });

  it('refuses an impossible date', () => {
    expect(fieldErrors({ ...valid, updated: '2026-02-30' }).updated).toMatch(/not a real date/);
    expect(fieldErrors({ ...valid, reviewed: '23/11/2026' }).reviewed).toBeDefined();
  });

  it('refuses a summary of more than one sentence', () => {
    expect(fieldErrors({ ...valid, summary: 'First sentence here. Second sentence here.' }).summary).toMatch(/one sentence/);
  });

  it('refuses a country outside the list', () => {
    expect(fieldErrors({ ...valid, countries: ['FR'] })['countries.0']).toMatch(/MA, IQ or all/);
  });

  it('refuses a source that is neither a known file nor a full citation', () => {
    expect(fieldErrors({ ...valid, sources: [{ document: 'made-up.txt' }] })['sources.0']).toBeDefined();
    expect(fieldErrors({ ...valid, sources: [] }).sources).toMatch(/at least one/);
  });

  it('refuses a misspelled field instead of ignoring it', () => {
    expect(fieldErrors({ ...valid, sumary: 'x' })).toHaveProperty('sumary');
  });
});
