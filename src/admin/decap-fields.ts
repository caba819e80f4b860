import type { z } from 'astro/zod';
import { DEFAULT_LOCALE, LOCALE_CODES, getLocale } from '../i18n/locales.ts';

/**
 * Decap CMS fields generated from the zod schemas the checker and the build use, so the web editor
 * offers, requires and refuses exactly what `npm run check` does (same options, same patterns,
 * same required fields). Schemas may carry hints in their metadata (`.meta({ decap: … })`) where
 * zod's shape cannot say it: a date, a long text, a translated text map, a pattern for a refinement.
 */
export type DecapField = Record<string, unknown> & { name: string; label: string; widget: string };

/** What a schema's metadata may tell the editor. */
export interface DecapHint {
  widget?: 'date' | 'text' | 'localized' | 'markdown';
  /** [regular expression, message] for a value zod checks with a refinement. */
  pattern?: [string, string];
  hint?: string;
  label?: string;
}

type Def = { type: string; innerType?: Schema; in?: Schema; out?: Schema; element?: Schema; options?: Schema[]; shape?: Record<string, Schema>; entries?: Record<string, string>; values?: unknown[]; checks?: { _zod: { def: Record<string, unknown> } }[]; defaultValue?: unknown; valueType?: Schema };
type Schema = z.ZodType & { _zod: { def: Def } };

function hintOf(schema: Schema): DecapHint | undefined {
  const meta = (schema as unknown as { meta?: () => Record<string, unknown> | undefined }).meta?.();
  return meta?.decap as DecapHint | undefined;
}

/** Peels optional/default/pipe wrappers, collecting hints, the default and whether a value is required. */
function unwrap(schema: Schema): { core: Schema; required: boolean; hint: DecapHint; defaultValue?: unknown } {
  let current = schema;
  let required = true;
  let hint: DecapHint = {};
  let defaultValue: unknown;
  for (;;) {
    hint = { ...hintOf(current), ...hint };
    const def = current._zod.def;
    if (def.type === 'optional' || def.type === 'nullable') {
      required = false;
      current = def.innerType!;
    } else if (def.type === 'default') {
      required = false;
      defaultValue = typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      current = def.innerType!;
    } else if (def.type === 'pipe') {
      // A pipe checks its input first (plainText → string with more checks): its input is the field.
      current = (def.in!._zod.def.type === 'transform' ? def.out : def.in)!;
      if (hintOf(def.in!) ?? hintOf(def.out!)) hint = { ...hintOf(def.out!), ...hintOf(def.in!), ...hint };
    } else return { core: current, required, hint, defaultValue };
  }
}

/** A regular expression a string schema checks, as Decap's [pattern, message]. */
function patternOf(schema: Schema): [string, string] | undefined {
  for (const check of schema._zod.def.checks ?? []) {
    const def = check._zod.def;
    if (def.format === 'regex' && def.pattern instanceof RegExp) return [def.pattern.source, 'not in the expected form: see content/README.md'];
  }
  return undefined;
}

const humanise = (name: string) => name.charAt(0).toUpperCase() + name.slice(1).replaceAll('_', ' ');

export function fieldFor(name: string, schema: z.ZodType, options: { label?: string; insideOptional?: boolean } = {}): DecapField {
  const unwrapped = unwrap(schema as Schema);
  const { core, hint, defaultValue } = unwrapped;
  // Decap checks a required field even when the object around it is absent: inside an optional
  // object every field is optional for the editor, and the schema says which ones the object needs.
  const required = unwrapped.required && !options.insideOptional;
  const childOptional = options.insideOptional || !unwrapped.required;
  const def = core._zod.def;
  const base: DecapField = { name, label: hint.label ?? options.label ?? humanise(name), widget: 'string', ...(required ? {} : { required: false }), ...(hint.hint ? { hint: hint.hint } : {}) };
  if (defaultValue !== undefined && !Array.isArray(defaultValue)) base.default = defaultValue;
  if (hint.widget === 'date') return { ...base, widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'YYYY-MM-DD', time_format: false, picker_utc: true };
  if (hint.widget === 'localized') {
    return {
      ...base,
      widget: 'object',
      collapsed: false,
      hint: `${hint.hint ? `${hint.hint} ` : ''}Text in each language; ${getLocale(DEFAULT_LOCALE).englishName} is required, others fall back to it.`,
      // English is required when the text is; an optional text may be left out in every language.
      fields: LOCALE_CODES.map((code) => ({ name: code, label: `${getLocale(code).englishName} (${code})`, widget: 'text', required: required && code === DEFAULT_LOCALE })),
    };
  }
  switch (def.type) {
    case 'enum':
      return { ...base, widget: 'select', options: Object.values(def.entries ?? {}) };
    case 'literal':
      return { ...base, widget: 'select', options: def.values };
    case 'boolean':
      return { ...base, widget: 'boolean', ...(required ? { required: false } : {}) };
    case 'number':
      return { ...base, widget: 'number', value_type: (def.checks ?? []).some((c) => String((c._zod.def as unknown as Record<string, unknown>).format ?? '').includes('int')) ? 'int' : 'float' };
    case 'object':
      return { ...base, widget: 'object', collapsed: false, fields: fieldsOf(core as unknown as z.ZodObject, {}, childOptional) };
    case 'union': {
      // A union of objects (a source: a document or a citation) is one object with every field
      // optional; the check says which combination is valid.
      const objects = (def.options ?? []).map((o) => unwrap(o).core).filter((o) => o._zod.def.type === 'object');
      if (objects.length && objects.length === def.options?.length) {
        const fields = new Map<string, DecapField>();
        for (const o of objects) for (const f of fieldsOf(o as unknown as z.ZodObject, {}, true)) if (!fields.has(f.name)) fields.set(f.name, f);
        return { ...base, widget: 'object', fields: [...fields.values()] };
      }
      return { ...base, widget: 'string', ...(hint.pattern ? { pattern: hint.pattern } : {}) };
    }
    case 'array': {
      const element = unwrap(def.element!);
      const list = { ...base, widget: 'list', ...(required ? {} : { required: false }) };
      if (element.core._zod.def.type === 'enum' && !element.hint.widget) return { ...base, widget: 'select', multiple: true, options: Object.values(element.core._zod.def.entries ?? {}) };
      const item = fieldFor(name.replace(/s$/, ''), def.element!, { insideOptional: options.insideOptional });
      if (item.widget === 'object') return { ...list, ...(item.collapsed === false ? {} : { collapsed: true }), fields: item.fields, summary: summaryOf(item) };
      return { ...list, field: item };
    }
    case 'string':
    default: {
      const pattern = hint.pattern ?? patternOf(core);
      return { ...base, widget: hint.widget === 'text' ? 'text' : hint.widget === 'markdown' ? 'markdown' : 'string', ...(pattern ? { pattern } : {}) };
    }
  }
}

/** A list item's one-line summary in the editor: its first text field. */
function summaryOf(item: DecapField): string | undefined {
  const fields = (item.fields as DecapField[] | undefined) ?? [];
  const first = fields.find((f) => f.widget === 'string');
  return first ? `{{fields.${first.name}}}` : undefined;
}

export function fieldsOf(schema: z.ZodObject, labels: Record<string, string> = {}, insideOptional = false): DecapField[] {
  return Object.entries(schema.shape).map(([name, field]) => fieldFor(name, field as z.ZodType, { label: labels[name], insideOptional }));
}
