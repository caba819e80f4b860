import { z } from 'astro/zod';
import { CATEGORIES } from '../../directory/categories.ts';
import { COUNTRIES } from '../../places/countries.ts';
import { classifyUrl, e164, plainEmail, plainText, slugId, strictLine, webUrl } from '../../schema/fields.ts';

/**
 * The one declaration of the components editors may use in MDX: their props (zod, with the words
 * editors read), whether they take content between their tags, and what they are for. The
 * components parse their props with these schemas, `npm run check` and the build check every MDX
 * file against them, and content/README.md's component reference is generated from them.
 */
export interface ComponentSpec {
  /** One sentence for the editors' reference. */
  summary: string;
  props: z.ZodObject;
  /** `block`: Markdown between the tags; `inline`: a few words; `none`: self-closing (`<X />`). */
  children: 'block' | 'inline' | 'none';
  /** A short example, shown in content/README.md. */
  example: string;
}

/** A source id from content/sources.json, or the address of the public page that gives the details. */
const isWebAddress = (value: string) => {
  const result = classifyUrl(value);
  return 'kind' in result && result.kind === 'web';
};
const sourceRef = z.string().refine((value) => /^[a-z0-9-]+\.txt$/.test(value) || isWebAddress(value), {
  error: 'name a source id from content/sources.json (e.g. "iom-morocco-protection-and-resilience.txt") or the https:// address of the page that gives these details',
});

export const COMPONENTS = {
  Callout: {
    summary: 'A boxed note. `type` sets its colour and icon.',
    props: z.strictObject({
      type: z.enum(['info', 'warning', 'danger'], { error: 'use info, warning or danger' }).default('info').describe('info (default), warning or danger'),
      title: plainText.pipe(z.string().min(1).max(120)).optional().describe('a short heading; a word such as "Note" by default'),
    }),
    children: 'block',
    example: '<Callout type="warning" title="Nobody can sell you a place">\nNever pay anyone who promises you help or a place. Tell the organisation.\n</Callout>',
  },
  Steps: {
    summary: 'Wraps a numbered list to show it as large numbered steps.',
    props: z.strictObject({}),
    children: 'block',
    example: '<Steps>\n1. Contact IOM or a partner association.\n2. Talk with a case worker about your situation.\n</Steps>',
  },
  ContactCard: {
    summary: 'An organisation with tap-to-call. Every detail must come from the `source` you name; phones must also be in the directory.',
    props: z.strictObject({
      name: strictLine.pipe(z.string().min(2).max(120)).describe('the organisation or office, as it names itself'),
      phone: e164.optional().describe('international form, no spaces: +212537652881'),
      whatsapp: e164.optional().describe('international form, no spaces'),
      email: plainEmail.optional().describe('a plain address, nothing after it'),
      website: webUrl.optional().describe('https://… address of its site'),
      address: strictLine.pipe(z.string().min(3).max(200)).optional().describe('as written locally; only where people can walk in'),
      source: sourceRef.describe('a source id from content/sources.json, or the https:// page that gives these details'),
    }),
    children: 'none',
    example: '<ContactCard\n  name="IOM Rabat"\n  phone="+212537652881"\n  email="iomrabat@iom.int"\n  website="https://morocco.iom.int"\n  source="iom-morocco-protection-and-resilience.txt"\n/>',
  },
  GetHelpNow: {
    summary: 'The emergency numbers of a country (from the directory) and a link to the emergency page.',
    props: z.strictObject({
      country: z.enum(COUNTRIES, { error: `use ${COUNTRIES.join(' or ')}, or leave it out for all` }).optional().describe(`${COUNTRIES.join(' or ')}; all countries when left out`),
    }),
    children: 'none',
    example: '<GetHelpNow country="MA" />',
  },
  Term: {
    summary: 'Links a word to its glossary entry; the words between the tags are what readers see.',
    props: z.strictObject({
      id: slugId.describe('a glossary id from content/glossary/en.json'),
    }),
    children: 'inline',
    example: 'You may be a victim of <Term id="victim-of-trafficking">trafficking</Term>.',
  },
  ServiceList: {
    summary: 'Services from the directory, by category, country and city, with a link to the full list.',
    props: z.strictObject({
      category: z.enum(CATEGORIES, { error: `use one of ${CATEGORIES.join(', ')}` }).optional().describe(CATEGORIES.join(', ')),
      country: z.enum(COUNTRIES, { error: `use ${COUNTRIES.join(' or ')}` }).optional().describe(COUNTRIES.join(' or ')),
      city: slugId.optional().describe('a city id from content/places.json'),
    }),
    children: 'none',
    example: '<ServiceList category="legal-aid" country="MA" />',
  },
} as const satisfies Record<string, ComponentSpec>;

export type ComponentName = keyof typeof COMPONENTS;
export const COMPONENT_NAMES = Object.keys(COMPONENTS) as ComponentName[];

/**
 * HTML that guides may write directly, with the attributes each may carry. Everything else (and
 * every other attribute, including `style`, `class` and event handlers) is refused.
 */
export const ALLOWED_HTML: Readonly<Record<string, readonly string[]>> = {
  abbr: ['title'],
  br: [],
  sup: [],
  sub: [],
};

/**
 * Parses a component's props in the component itself, so a value that slipped past the checker
 * still stops the build, naming the page and the prop.
 */
export function componentProps<N extends ComponentName>(name: N, props: Record<string, unknown>, where: string): z.output<(typeof COMPONENTS)[N]['props']> {
  const { children: _children, ...given } = props;
  const parsed = COMPONENTS[name].props.safeParse(given);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${i.path.join('.') || '(props)'}: ${i.message}`);
    throw new Error(`<${name}> in ${where}: ${lines.join('; ')}`);
  }
  return parsed.data as z.output<(typeof COMPONENTS)[N]['props']>;
}
