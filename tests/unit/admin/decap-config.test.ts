import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decapConfig } from '../../../src/admin/decap-config.ts';
import { AUDIO_FILE } from '../../../src/audio/recordings.ts';
import { CATEGORIES } from '../../../src/directory/categories.ts';
import { guideSchema } from '../../../src/guides/schema.ts';
import { TOPICS } from '../../../src/guides/topics.ts';
import { DEFAULT_LOCALE, LOCALE_CODES } from '../../../src/i18n/locales.ts';
import { staticPageSchema } from '../../../src/static-pages/schema.ts';

type Field = { name: string; widget?: string; options?: string[]; fields?: Field[]; i18n?: unknown; required?: boolean; pattern?: [string, string] };
type Collection = { name: string; folder?: string; files?: { name: string; file: string; fields: Field[] }[]; fields?: Field[]; i18n?: boolean; extension?: string };

const config = decapConfig('example/dalil') as unknown as {
  backend: { name: string; repo: string; branch: string };
  publish_mode: string;
  i18n: { structure: string; locales: string[]; default_locale: string };
  collections: Collection[];
};
const collection = (name: string) => config.collections.find((c) => c.name === name)!;
const field = (fields: Field[] | undefined, name: string) => fields?.find((f) => f.name === name);

describe('the staff editor (Decap CMS) configuration', () => {
  it('opens pull requests on GitHub through the editorial workflow', () => {
    expect(config.backend).toMatchObject({ name: 'github', repo: 'example/dalil', branch: 'main' });
    expect(config.publish_mode).toBe('editorial_workflow');
  });

  it('edits every language, in the same folder structure the site reads', () => {
    expect(config.i18n).toEqual({ structure: 'multiple_folders', locales: [...LOCALE_CODES], default_locale: DEFAULT_LOCALE });
    for (const c of config.collections) {
      if (c.folder) expect(existsSync(c.folder), c.folder).toBe(true);
      for (const f of c.files ?? []) expect(existsSync(f.file), f.file).toBe(true);
    }
  });

  it('has a field for every guide frontmatter field, and only those, with the same topics', () => {
    const guides = collection('guides');
    expect(guides.extension).toBe('mdx');
    const names = guides.fields!.map((f) => f.name).filter((n) => n !== 'body');
    expect(names.sort()).toEqual(Object.keys(guideSchema([]).shape).sort());
    expect(field(guides.fields, 'topic')!.options).toEqual([...TOPICS]);
    expect(field(guides.fields, 'title')!.i18n).toBe(true);
    expect(field(guides.fields, 'topic')!.i18n).toBe('duplicate');
  });

  it('lets each language name its own recording, with the file names the check accepts', () => {
    const audio = field(collection('guides').fields, 'audio')!;
    expect(audio).toMatchObject({ widget: 'string', required: false, i18n: true });
    const pattern = new RegExp(audio.pattern![0]);
    expect(pattern.source).toBe(AUDIO_FILE.source);
    for (const ok of ['voluntary-return.opus', 'health-2.ogg', 'rights.mp3']) expect(pattern.test(ok), ok).toBe(true);
    for (const bad of ['../en/x.opus', 'Voluntary Return.opus', 'x.wav', 'x.opus.html', 'audio/x.opus']) expect(pattern.test(bad), bad).toBe(false);
    const schema = guideSchema([]).shape.audio;
    expect(schema.safeParse('voluntary-return.opus').success).toBe(true);
    expect(schema.safeParse('../x.opus').success).toBe(false);
  });

  it('matches the site pages schema', () => {
    const names = collection('pages').fields!.map((f) => f.name).filter((n) => n !== 'body');
    expect(names.sort()).toEqual(Object.keys(staticPageSchema.shape).sort());
  });

  it('offers only the directory categories the build accepts', () => {
    const services = field(collection('services').fields, 'services')!;
    expect(field(services.fields, 'categories')!.options).toEqual([...CATEGORIES]);
  });

  it('lists every UI string of the reference language, for every language', () => {
    const keys = Object.keys(JSON.parse(readFileSync('content/ui/en.json', 'utf8')));
    const ui = collection('ui');
    expect(ui.files!.map((f) => f.name)).toEqual([...LOCALE_CODES]);
    for (const file of ui.files!) expect(file.fields.map((f) => f.name)).toEqual(keys);
    expect(ui.files!.find((f) => f.name === DEFAULT_LOCALE)!.fields.every((f) => f.required)).toBe(true);
  });
});
