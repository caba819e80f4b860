import { spawnSync } from 'node:child_process';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';
import { checkGuides, type GuideFile } from './guides.ts';
import { checkUiStrings } from './ui-strings.ts';

/**
 * Translation status, per language, the way Lunaria does it for Astro's docs: a translation is
 * outdated when its English source changed in git after the translation last did. Commits whose
 * message contains one of SKIP_WORDS (a typo fix, an English-only change) do not count.
 */
export const SKIP_WORDS = ['[typo]', '[en-only]', '[skip-translations]'];

export type GuideState = 'translated' | 'draft' | 'outdated' | 'missing';

export interface LanguageStatus {
  lang: string;
  guides: { slug: string; state: GuideState; file?: string }[];
  ui: { missing: string[] };
}

/** When a file last changed in a way translators should follow (ms), or undefined outside git. */
export function lastMeaningfulChange(root: string, file: string): number | undefined {
  const result = spawnSync('git', ['log', '--format=%ct%x09%s', '--', file], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  for (const line of result.stdout.split('\n')) {
    const [time, ...subject] = line.split('\t');
    if (!time) continue;
    if (SKIP_WORDS.some((w) => subject.join('\t').toLowerCase().includes(w))) continue;
    return Number(time) * 1000;
  }
  return undefined;
}

export function translationStatus(root: string, locales: readonly string[], sourceIds: readonly string[]): LanguageStatus[] {
  const { guides } = checkGuides(root, sourceIds);
  const ui = checkUiStrings(root);
  const reference = guides.filter((g) => g.lang === DEFAULT_LOCALE);
  const changed = new Map<string, number | undefined>();
  const when = (g: GuideFile) => {
    if (!changed.has(g.file)) changed.set(g.file, lastMeaningfulChange(root, g.file));
    return changed.get(g.file);
  };
  return locales.map((lang) => ({
    lang,
    guides: reference.map((source): LanguageStatus['guides'][number] => {
      const translation = guides.find((g) => g.lang === lang && g.slug === source.slug);
      if (!translation) return { slug: source.slug, state: 'missing' };
      const sourceTime = when(source);
      const translationTime = when(translation);
      if (lang !== DEFAULT_LOCALE && sourceTime && translationTime && sourceTime > translationTime) return { slug: source.slug, state: 'outdated', file: translation.file };
      if (translation.data?.reviewed === 'draft') return { slug: source.slug, state: 'draft', file: translation.file };
      return { slug: source.slug, state: 'translated', file: translation.file };
    }),
    ui: { missing: ui.missing.get(lang) ?? [] },
  }));
}
