import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDirectory } from '../directory/load.ts';
import { SETTINGS } from '../settings.ts';
import { staticPageSchema } from '../static-pages/schema.ts';
import { checkAudio } from './audio.ts';
import { checkDataFiles } from './data-files.ts';
import { checkGuides } from './guides.ts';
import { checkMdxBody } from './mdx-body.ts';
import { checkMedia } from './media.ts';
import { unusedUiKeys } from './unused-ui-keys.ts';
import { checkSettingsServices } from './settings-services.ts';
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
  // Synthetic directories (tests, benchmark) do not hold the real services settings names.
  const settingsProblems = checkSettingsServices(SETTINGS, directory.data, process.env.DALIL_SERVICES_DIR ? 'warning' : 'error');
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
    problems: [...data.problems, ...directory.problems, ...settingsProblems, ...ui.problems, ...guides.problems, ...pages.problems, ...bodies, ...checkMedia(root), ...recordings, ...unusedUiKeys(process.cwd(), Object.keys(JSON.parse(readFileSync(join(root, 'content/ui/en.json'), 'utf8')) as Record<string, string>))],
    uiMissing: ui.missing,
    guidesMissing,
  };
}
