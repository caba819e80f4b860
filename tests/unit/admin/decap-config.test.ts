import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decapConfig } from '../../../src/admin/decap-config.ts';
import { CATEGORIES } from '../../../src/directory/categories.ts';
import { guideSchema } from '../../../src/guides/schema.ts';
import { TOPICS } from '../../../src/guides/topics.ts';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../../src/i18n/locales.ts';
import { staticPageSchema } from '../../../src/static-pages/schema.ts';

type Field = { name: string; widget?: string; options?: string[]; fields?: Field[]; field?: Field; required?: boolean; pattern?: [string, string]; multiple?: boolean };
type Collection = { name: string; folder?: string; files?: { name: string; file: string; fields: Field[] }[]; fields?: Field[]; extension?: string; i18n?: unknown };

const config = decapConfig('example/dalil') as unknown as {
  backend: { name: string; repo: string; branch: string };
  publish_mode: string;
  collections: Collection[];
};
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (fields: Field[] | undefined, name: string) => fields?.find((f) => f.name === name);

describe('the staff editor (Decap CMS) configuration, generated from the content schemas', () => {
  it('opens pull requests on GitHub through the editorial workflow', () => {
    expect(config.backend).toMatchObject({ name: 'github', repo: 'example/dalil', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('has one collection per language for guides and pages, so saving one never writes the others', () => {
    for (const lang of LOCALE_CODES) {
      expect(collection(`guides-${lang}`).folder).toBe(`content/guides/${lang}`);
      expect(collection(`pages-${lang}`).folder).toBe(`content/pages/${lang}`);
    }
    for (const c of config.collections) {
      expect(c.i18n, c.name).toBeUndefined();
      if (c.folder) expect(existsSync(c.folder), c.folder).toBe(true);
    }
  });

  it('has a field for every guide frontmatter field, and only those, with the same topics and patterns', () => {
    const guides = collection('guides-ar');
    expect(guides.extension).toBe('mdx');
    const names = guides.fields!.map((f) => f.name).filter((n) => n !== 'body');
    expect(names.sort()).toEqual(Object.keys(guideSchema([]).shape).sort());
    expect(field(guides.fields, 'topic')!.options).toEqual([...TOPICS]);
    expect(field(guides.fields, 'countries')).toMatchObject({ widget: 'select', multiple: true });
    expect(field(guides.fields, 'updated')!.widget).toBe('datetime');
    expect(field(guides.fields, 'title')!.required).toBeUndefined();
    expect(field(guides.fields, 'related')!.required).toBe(false);
    // A source is a shared document or a citation: every part optional in the editor, checked by npm run check.
    const sources = field(guides.fields, 'sources')!;
    expect(sources.fields!.map((f) => f.name)).toEqual(['document', 'title', 'url', 'publisher', 'accessed']);
    expect(new RegExp(field(sources.fields, 'url')!.pattern![0]).test('javascript:alert(1)')).toBe(false);
  });

  it('lets each language name its own recording, with the file names the check accepts', () => {
    const audio = field(collection('guides-fr').fields, 'audio')!;
    expect(audio.required).toBe(false);
    const pattern = new RegExp(audio.pattern![0]);
    expect(pattern.test('guide.opus')).toBe(true);
    expect(pattern.test('guide.html')).toBe(false);
  });

  it('matches the site pages schema', () => {
    const names = collection('pages-en').fields!.map((f) => f.name).filter((n) => n !== 'body');
    expect(names.sort()).toEqual(Object.keys(staticPageSchema.shape).sort());
  });

  it('offers only the directory categories the build accepts, and the same phone pattern', () => {
    const services = field(collection('services').fields, 'services')!;
    expect(field(services.fields, 'categories')!.options).toEqual([...CATEGORIES]);
    const number = new RegExp(field(field(services.fields, 'phones')!.fields, 'number')!.pattern![0]);
    expect(number.test('+212537652881')).toBe(true);
    expect(number.test('80069999')).toBe(true);
    expect(number.test('0537 65 28 81')).toBe(false);
    // A translated text requires English only where the field itself is required.
    const name = field(services.fields, 'name')!;
    expect(field(name.fields, DEFAULT_LOCALE)!.required).toBe(true);
    expect(field(field(services.fields, 'eligibility')!.fields, DEFAULT_LOCALE)!.required).toBe(false);
  });

  it('lists every UI string of the reference language, with each language\'s own plural forms', () => {
    const reference = Object.keys(JSON.parse(readFileSync('content/ui/en.json', 'utf8'))).filter((k) => k !== '$comment');
    const ui = collection('ui');
    expect(ui.files!.map((f) => f.name)).toEqual([...LOCALE_CODES]);
    const en = ui.files!.find((f) => f.name === DEFAULT_LOCALE)!;
    expect(en.fields.map((f) => f.name)).toEqual(reference);
    expect(en.fields.every((f) => f.required)).toBe(true);
    // Arabic has six plural forms where English has two.
    const ar = ui.files!.find((f) => f.name === 'ar')!.fields.map((f) => f.name);
    for (const form of ['zero', 'one', 'two', 'few', 'many', 'other']) expect(ar).toContain(`directory.serviceCount_${form}`);
    expect(new RegExp(en.fields[0]!.pattern![0]).test('<b>x</b>')).toBe(false);
  });
});
