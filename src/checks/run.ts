import { readDirectory } from '../directory/load.ts';
import { SETTINGS } from '../settings.ts';
import { staticPageSchema } from '../static-pages/schema.ts';
import { checkAudio } from './audio.ts';
import { checkDataFiles } from './data-files.ts';
import { checkGuides } from './guides.ts';
import { checkMdxBody } from './mdx-body.ts';
import { checkMedia } from './media.ts';
import { readMdxFiles } from './mdx-files.ts';
import type { Problem } from './problem.ts';
import { sitePaths } from './routes.ts';
import { checkUiStrings } from './ui-strings.ts';

export { MDX_COMPONENTS } from './mdx-body.ts';

export interface ContentReport {
  problems: Problem[];
  /** Per language: UI string keys that fall back. */
  uiMissing: Map<string, string[]>;
  /** Per language: guide slugs that have no translation and fall back. */
  guidesMissing: Map<string, string[]>;
}

/** Every content check that needs no build, over the project (or fixture) at `root`. */
export function checkContent(root: string, locales: readonly string[], options: { today?: Date } = {}): ContentReport {
  const data = checkDataFiles(root);
  const directory = readDirectory(root, data.sourceIds, { maxAgeDays: SETTINGS.directory.verificationMaxAgeDays, today: options.today });
  const ui = checkUiStrings(root);
  const serviceIds = new Map(directory.data.organizations.flatMap((o) => o.services.map((s) => [s.id, s] as const)));
  // Synthetic directories (tests, benchmark) do not hold the real services settings names.
  const level = process.env.DALIL_SERVICES_DIR ? 'warning' : 'error';
  const settingsProblems: Problem[] = Object.entries(SETTINGS.helpFirst).flatMap(([country, ids]) =>
    (ids ?? []).flatMap((id, i): Problem[] => {
      const service = serviceIds.get(id);
      if (!service) return [{ level, file: 'content/settings.json', field: `helpFirst.${country}.${i}`, message: `no service "${id}" in content/services: use a service id` }];
      if (!service.phones.some((p) => p.type === 'voice')) return [{ level, file: 'content/settings.json', field: `helpFirst.${country}.${i}`, message: `"${id}" has no phone number to call: choose a service with one` }];
      return [];
    }),
  );
  const guides = checkGuides(root, data.sourceIds);
  const pages = readMdxFiles(root, 'content/pages', staticPageSchema);
  const slugs = [...new Set(guides.guides.map((g) => g.slug))].sort();
  const targets = {
    paths: sitePaths(locales, slugs, [...new Set(pages.files.map((p) => p.slug))], directory.data, root, [...new Set(guides.guides.flatMap((g) => (g.data ? [g.data.topic] : [])))]),
    glossaryIds: data.glossaryIds,
  };
  const bodies = [
    ...guides.guides.flatMap((g) =>
      checkMdxBody(g, targets, { lists: data.wordlists.get(g.lang) ?? { jargon: [], avoid: [] }, exceptions: g.data?.plain_language_exceptions ?? [] }),
    ),
    ...pages.files.flatMap((f) => checkMdxBody(f, targets)),
  ];

  const guidesMissing = new Map(locales.map((lang) => [lang, slugs.filter((s) => !guides.guides.some((g) => g.slug === s && g.lang === lang))]));
  const recordings = checkAudio(
    root,
    guides.guides.map((g) => ({ file: g.file, lang: g.lang, audio: g.data?.audio, audioLanguage: g.data?.audio_language, line: g.lineOf?.(['audio']) })),
  );
  return {
    problems: [...data.problems, ...directory.problems, ...settingsProblems, ...ui.problems, ...guides.problems, ...pages.problems, ...bodies, ...checkMedia(root), ...recordings],
    uiMissing: ui.missing,
    guidesMissing,
  };
}
