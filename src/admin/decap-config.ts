import { readFileSync } from 'node:fs';
import type { z } from 'astro/zod';
import { serviceFileSchema, placesFileSchema } from '../directory/schema.ts';
import { glossaryFileSchema } from '../glossary/schema.ts';
import { jargonFileSchema } from '../guides/plain-language.ts';
import { guideSchema } from '../guides/schema.ts';
import { localesFileSchema } from '../i18n/locale-schema.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, getLocale } from '../i18n/locales.ts';
import { settingsSchema } from '../settings.ts';
import { SOURCE_IDS } from '../sources/sources.ts';
import { sourcesFileSchema } from '../sources/schema.ts';
import { staticPageSchema } from '../static-pages/schema.ts';
import { type DecapField, fieldsOf } from './decap-fields.ts';

/**
 * The Decap CMS configuration for /admin, generated from the zod schemas the checker and the
 * build use (src/admin/decap-fields.ts), so the editor can never offer a value the build would
 * refuse, and refuses what the build would. Edits become pull requests through Decap's editorial
 * workflow; nothing is published until a reviewer merges them.
 *
 * Each language of guides and pages is its own collection (`content/guides/ar/`, …): Decap's i18n
 * mode writes a file for every language on save, which would create empty stubs for translations
 * nobody wrote. Separate collections save only the file being edited.
 */
const PLURAL = /_(zero|one|two|few|many|other)$/;

/** Keys of a language's UI strings: the reference's, with the plural forms that language needs. */
function uiKeys(lang: string): string[] {
  const reference = Object.keys(JSON.parse(readFileSync(`content/ui/${DEFAULT_LOCALE}.json`, 'utf8')) as Record<string, string>).filter((k) => k !== '$comment');
  const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const seen = new Set<string>();
  return reference.flatMap((key) => {
    const base = key.replace(PLURAL, '');
    if (base === key) return [key];
    if (seen.has(base)) return [];
    seen.add(base);
    return forms.map((form) => `${base}_${form}`);
  });
}

const json = (name: string, label: string, file: string, schema: z.ZodObject, description?: string) => ({
  name,
  label,
  file,
  format: 'json',
  ...(description ? { description } : {}),
  fields: fieldsOf(schema).filter((f) => !f.name.startsWith('$')),
});

const markdownBody: DecapField = {
  name: 'body',
  label: 'Text',
  widget: 'markdown',
  // Raw Markdown: guides use components (<Callout>, <ContactCard>…) that a rich-text editor would rewrite.
  modes: ['raw'],
  hint: 'Markdown and the components listed in content/README.md only.',
};

export function decapConfig(repo = process.env.DALIL_REPO ?? 'OWNER/dalil', branch = process.env.DALIL_BRANCH ?? 'main', backend?: Record<string, unknown>) {
  const languages = LOCALE_CODES.map((code) => ({ code, label: `${getLocale(code).name} (${getLocale(code).englishName})` }));
  return {
    backend: backend ?? { name: 'github', repo, branch, squash_merges: true, commit_messages: { create: 'Add {{collection}} “{{slug}}”', update: 'Update {{collection}} “{{slug}}”', delete: 'Delete {{collection}} “{{slug}}”' } },
    // Every change is a pull request that a reviewer merges (draft → in review → ready).
    publish_mode: backend ? 'simple' : 'editorial_workflow',
    media_folder: 'content/media',
    public_folder: '/media',
    collections: [
      ...languages.map(({ code, label }) => ({
        name: `guides-${code}`,
        label: `Guides · ${label}`,
        label_singular: 'Guide',
        folder: `content/guides/${code}`,
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        slug: '{{slug}}',
        summary: '{{title}}',
        description: `Guidance notes in ${getLocale(code).englishName}. The file name is the address in every language; a translation has the same file name as the English guide.`,
        fields: [...fieldsOf(guideSchema(SOURCE_IDS)), markdownBody],
      })),
      ...languages.map(({ code, label }) => ({
        name: `pages-${code}`,
        label: `Site pages · ${label}`,
        folder: `content/pages/${code}`,
        extension: 'mdx',
        format: 'frontmatter',
        create: false,
        fields: [...fieldsOf(staticPageSchema), markdownBody],
      })),
      {
        name: 'services',
        label: 'Service directory',
        label_singular: 'Organisation',
        folder: 'content/services',
        extension: 'json',
        format: 'json',
        create: true,
        identifier_field: 'organization.id',
        summary: '{{organization.id}}',
        description: 'One file per organisation. Never add a number, address or opening hour that a cited source does not give.',
        fields: fieldsOf(serviceFileSchema).filter((f) => !f.name.startsWith('$')),
      },
      {
        name: 'ui',
        label: 'Interface strings',
        description: 'Buttons, headings and notices. English is the reference; keep {{placeholders}} exactly. Plain text only.',
        files: languages.map(({ code, label }) => ({
          name: code,
          label,
          file: `content/ui/${code}.json`,
          format: 'json',
          fields: uiKeys(code).map((key) => ({ name: key, label: key, widget: 'string', required: code === DEFAULT_LOCALE, pattern: ['^[^<]*$|^(?![\\s\\S]*<[A-Za-z!/?])', 'plain text: no markup'] })),
        })),
      },
      {
        name: 'glossary',
        label: 'Glossary',
        files: languages.map(({ code, label }) => json(code, label, `content/glossary/${code}.json`, glossaryFileSchema)),
      },
      {
        name: 'jargon',
        label: 'Plain-language word lists',
        files: languages.map(({ code, label }) => json(code, label, `content/jargon/${code}.json`, jargonFileSchema)),
      },
      {
        name: 'data',
        label: 'Site data',
        files: [
          json('sources', 'Shared documents', 'content/sources.json', sourcesFileSchema),
          json('places', 'Countries and cities', 'content/places.json', placesFileSchema),
          json('settings', 'Editorial settings', 'content/settings.json', settingsSchema),
          json('locales', 'Languages', 'content/locales.json', localesFileSchema as unknown as z.ZodObject),
        ],
      },
    ],
  };
}
