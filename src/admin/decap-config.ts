import { readFileSync } from 'node:fs';
import { AUDIO_FILE } from '../audio/recordings.ts';
import { CATEGORIES } from '../directory/categories.ts';
import { TOPICS } from '../guides/topics.ts';
import { DEFAULT_LOCALE, LOCALE_CODES, getLocale } from '../i18n/locales.ts';
import { COUNTRIES } from '../places/countries.ts';

/**
 * The Decap CMS configuration for /admin, derived from the same lists the site uses (languages,
 * topics, categories, UI keys), so the editor can never offer a value the build would refuse.
 * Edits become pull requests through Decap's editorial workflow; nothing is published until a
 * reviewer merges them.
 */
export function decapConfig(repo = process.env.DALIL_REPO ?? 'OWNER/dalil', branch = process.env.DALIL_BRANCH ?? 'main') {
  const localized = (name: string, label: string, widget = 'string', required = true) => ({
    name,
    label,
    widget: 'object',
    required,
    hint: `Text in each language; ${getLocale(DEFAULT_LOCALE).englishName} is required, others fall back to it.`,
    fields: LOCALE_CODES.map((code) => ({ name: code, label: getLocale(code).englishName, widget, required: required && code === DEFAULT_LOCALE })),
  });
  const date = (name: string, label: string, i18n: boolean | string) => ({ name, label, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true, i18n });
  const uiKeys = Object.keys(JSON.parse(readFileSync('content/ui/en.json', 'utf8')) as Record<string, string>);

  return {
    backend: { name: 'github', repo, branch, squash_merges: true, commit_messages: { create: 'Add {{collection}} “{{slug}}”', update: 'Update {{collection}} “{{slug}}”', delete: 'Delete {{collection}} “{{slug}}”' } },
    // Every change is a pull request that a reviewer merges (draft → in review → ready).
    publish_mode: 'editorial_workflow',
    media_folder: 'content/media',
    public_folder: '/media',
    i18n: { structure: 'multiple_folders', locales: [...LOCALE_CODES], default_locale: DEFAULT_LOCALE },
    collections: [
      {
        name: 'guides',
        label: 'Guides',
        label_singular: 'Guide',
        folder: 'content/guides',
        extension: 'mdx',
        format: 'frontmatter',
        create: true,
        i18n: true,
        slug: '{{slug}}',
        summary: '{{title}}',
        description: 'Guidance notes. The file name is the address in every language. See content/README.md for the components you can use.',
        fields: [
          { name: 'title', label: 'Title', widget: 'string', i18n: true },
          { name: 'summary', label: 'Summary (one plain sentence)', widget: 'string', i18n: true },
          { name: 'topic', label: 'Topic', widget: 'select', options: [...TOPICS], i18n: 'duplicate' },
          { name: 'countries', label: 'Countries', widget: 'select', multiple: true, options: [...COUNTRIES, 'all'], i18n: 'duplicate' },
          date('updated', 'Updated', true),
          { name: 'reviewed', label: 'Reviewed (a date YYYY-MM-DD once a reviewer signed it off, else draft)', widget: 'string', default: 'draft', pattern: ['^(draft|\\d{4}-\\d{2}-\\d{2})$', 'Write draft or a date YYYY-MM-DD'], i18n: true },
          { name: 'sources', label: 'Sources', widget: 'list', field: { name: 'source', label: 'Source id from content/sources.json', widget: 'string' }, hint: 'Ids from content/sources.json. Public citations (title, url, accessed) are edited in the file itself.', i18n: true },
          // Decap accepts only true or false for list fields: each language keeps its own list.
          { name: 'related', label: 'Related guides (file names)', widget: 'list', required: false, i18n: true },
          { name: 'machine_translated', label: 'Drafted with machine translation', widget: 'boolean', default: false, required: false, i18n: true },
          // The recording itself is added to content/audio/<language>/ by pull request (content/README.md, "Recordings").
          { name: 'audio', label: 'Recording (file name in content/audio/<language>/)', widget: 'string', required: false, i18n: true, pattern: [AUDIO_FILE.source, 'Only the file name, e.g. voluntary-return.opus: lowercase letters, digits and hyphens, ending .opus, .ogg or .mp3'], hint: 'Optional. A person reading this guide aloud, in this language. Add the file to content/audio/<language>/ first (see content/README.md).' },
          { name: 'audio_language', label: 'Language spoken in the recording, if not this guide\'s (ff Pular, bm Bambara, wo Wolof…)', widget: 'string', required: false, i18n: true, pattern: ['^[a-z]{2,3}$', 'A two- or three-letter language code, e.g. wo'] },
          { name: 'order', label: 'Order within the topic', widget: 'number', value_type: 'int', required: false, i18n: 'duplicate' },
          { name: 'plain_language_exceptions', label: 'Words kept on purpose (plain-language check)', widget: 'list', required: false, i18n: true, fields: [{ name: 'text', label: 'Word or start of sentence', widget: 'string' }, { name: 'reason', label: 'Why', widget: 'string' }] },
          { name: 'body', label: 'Text', widget: 'markdown', i18n: true },
        ],
      },
      {
        name: 'pages',
        label: 'Site pages',
        folder: 'content/pages',
        extension: 'mdx',
        format: 'frontmatter',
        create: false,
        i18n: true,
        fields: [
          { name: 'title', label: 'Title', widget: 'string', i18n: true },
          { name: 'summary', label: 'Summary', widget: 'string', i18n: true },
          date('updated', 'Updated', true),
          { name: 'reviewed', label: 'Reviewed (date or draft)', widget: 'string', default: 'draft', i18n: true },
          { name: 'body', label: 'Text', widget: 'markdown', i18n: true },
        ],
      },
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
        fields: [
          {
            name: 'organization',
            label: 'Organisation',
            widget: 'object',
            fields: [
              { name: 'id', label: 'Id', widget: 'string', pattern: ['^[a-z0-9]+(-[a-z0-9]+)*$', 'lowercase words joined by hyphens'] },
              localized('name', 'Name'),
              localized('description', 'Description', 'text', false),
              { name: 'email', label: 'Email', widget: 'string', required: false },
              { name: 'website', label: 'Website', widget: 'string', required: false },
              { name: 'sources', label: 'Sources', widget: 'list', field: { name: 'source', label: 'Source', widget: 'string' } },
              date('assured_date', 'Last verified', false),
            ],
          },
          {
            name: 'locations',
            label: 'Locations',
            widget: 'list',
            required: false,
            fields: [
              { name: 'id', label: 'Id', widget: 'string' },
              { name: 'location_type', label: 'Type', widget: 'select', options: ['physical', 'virtual'], default: 'physical' },
              { name: 'country', label: 'Country', widget: 'select', options: [...COUNTRIES] },
              { name: 'city', label: 'City id (content/places.json)', widget: 'string', required: false },
              { name: 'address', label: 'Address as written locally', widget: 'string', required: false },
              { name: 'latitude', label: 'Latitude', widget: 'number', value_type: 'float', required: false },
              { name: 'longitude', label: 'Longitude', widget: 'number', value_type: 'float', required: false },
            ],
          },
          {
            name: 'services',
            label: 'Services',
            widget: 'list',
            required: false,
            fields: [
              { name: 'id', label: 'Id', widget: 'string' },
              localized('name', 'Name'),
              localized('description', 'Description', 'text'),
              { name: 'categories', label: 'Categories', widget: 'select', multiple: true, options: [...CATEGORIES] },
              { name: 'location_ids', label: 'Location ids', widget: 'list', required: false },
              {
                name: 'phones',
                label: 'Phones (E.164, e.g. +212537652881)',
                widget: 'list',
                required: false,
                fields: [
                  { name: 'number', label: 'Number', widget: 'string', pattern: ['^(\\+[1-9]\\d{6,14}|\\d{2,5})$', '+ country code and number, no spaces (or a 2–5 digit short code)'] },
                  { name: 'type', label: 'Type', widget: 'select', options: ['voice', 'whatsapp', 'sms'], default: 'voice' },
                ],
              },
              { name: 'email', label: 'Email', widget: 'string', required: false },
              { name: 'url', label: 'Website', widget: 'string', required: false },
              { name: 'languages', label: 'Languages spoken (codes)', widget: 'list', required: false },
              { name: 'cost', label: 'Cost', widget: 'select', options: ['free', 'paid', 'unknown'], default: 'unknown' },
              { name: 'access', label: 'How to reach it', widget: 'select', multiple: true, options: ['walk-in', 'appointment', 'phone', 'referral'] },
              { name: 'sources', label: 'Sources', widget: 'list', field: { name: 'source', label: 'Source', widget: 'string' } },
              date('assured_date', 'Last verified', false),
            ],
          },
        ],
      },
      {
        name: 'ui',
        label: 'Interface strings',
        description: 'Buttons, headings and notices. English is the reference; keep {{placeholders}} exactly.',
        files: LOCALE_CODES.map((code) => ({
          name: code,
          label: `${getLocale(code).englishName} (${code})`,
          file: `content/ui/${code}.json`,
          format: 'json',
          fields: uiKeys.filter((k) => k !== '$comment').map((key) => ({ name: key, label: key, widget: 'string', required: code === DEFAULT_LOCALE })),
        })),
      },
      {
        name: 'glossary',
        label: 'Glossary',
        files: LOCALE_CODES.map((code) => ({
          name: code,
          label: `${getLocale(code).englishName} (${code})`,
          file: `content/glossary/${code}.json`,
          format: 'json',
          fields: [
            {
              name: 'terms',
              label: 'Terms',
              widget: 'list',
              fields: [
                { name: 'id', label: 'Id (the same in every language)', widget: 'string' },
                { name: 'term', label: 'Term', widget: 'string' },
                { name: 'definition', label: 'Definition', widget: 'text' },
                { name: 'sources', label: 'Sources', widget: 'list' },
              ],
            },
          ],
        })),
      },
    ],
  };
}
