import file from '../../content/sources.json' with { type: 'json' };
import { ContentError, formatIssues } from '../i18n/format-issues.ts';
import { sourcesFileSchema, type Source } from './schema.ts';

const parsed = sourcesFileSchema.safeParse(file);
if (!parsed.success) throw new ContentError(formatIssues('content/sources.json', parsed.error.issues));

export const SOURCES: readonly Source[] = parsed.data.sources;
export const SOURCE_IDS: readonly string[] = SOURCES.map((s) => s.id);

export function findSource(id: string): Source | undefined {
  return SOURCES.find((s) => s.id === id);
}
