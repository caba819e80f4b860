import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent } from '../../../src/checks/run.ts';
import { formatProblem } from '../../../src/checks/problem.ts';
import { LOCALE_CODES } from '../../../src/i18n/locales.ts';

/** A copy of the real content/ to break one thing at a time. */
function contentCopy(): string {
  const root = mkdtempSync(join(tmpdir(), 'dalil-content-'));
  cpSync('content', join(root, 'content'), { recursive: true });
  return root;
}

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

function breakAndCheck(file: string, text: string): string[] {
  const root = contentCopy();
  roots.push(root);
  writeFileSync(join(root, file), text);
  return checkContent(root, LOCALE_CODES).problems.filter((p) => p.level === 'error').map(formatProblem);
}

const goodGuide = (fields: string, body = 'Some text.') => `---
title: A test guide
summary: A test guide for the checks.
topic: rights
countries: [MA]
updated: 2026-11-23
reviewed: draft
sources:
  - document: iom-approach-to-protection-2023.txt
${fields}
---

${body}
`;

describe('content check', () => {
  it('finds no errors in the real content', () => {
    const errors = checkContent('.', LOCALE_CODES).problems.filter((p) => p.level === 'error');
    expect(errors.map(formatProblem)).toEqual([]);
  });

  it('names file, line and field for an unknown topic', () => {
    const errors = breakAndCheck('content/guides/en/test.mdx', goodGuide('').replace('topic: rights', 'topic: housing'));
    expect(errors).toEqual([expect.stringMatching(/content\/guides\/en\/test\.mdx:4\s+topic:\s+use one of/)]);
  });

  it('names a missing field', () => {
    const errors = breakAndCheck('content/guides/fr/test.mdx', goodGuide('').replace('summary: A test guide for the checks.\n', ''));
    expect(errors.join('\n')).toMatch(/content\/guides\/fr\/test\.mdx(:\d+)?\s+summary:/);
  });

  it('refuses an impossible date', () => {
    const errors = breakAndCheck('content/guides/en/test.mdx', goodGuide('').replace('updated: 2026-11-23', 'updated: 2026-13-01'));
    expect(errors.join('\n')).toMatch(/test\.mdx:6\s+updated:\s+"2026-13-01" is not a real date/);
  });

  it('refuses a guide in a folder that is not a language', () => {
    const root = contentCopy();
    roots.push(root);
    cpSync(join(root, 'content/guides/en/voluntary-return.mdx'), join(root, 'content/guides/de-voluntary-return.mdx'));
    cpSync(join(root, 'content/guides/en'), join(root, 'content/guides/xx'), { recursive: true });
    const errors = checkContent(root, LOCALE_CODES).problems.map(formatProblem).join('\n');
    expect(errors).toMatch(/content\/guides\/xx\/voluntary-return\.mdx\s+"xx" is not a language/);
    expect(errors).toMatch(/content\/guides\/de-voluntary-return\.mdx\s+guides live at|content\/guides\/de-voluntary-return\.mdx\s+these files live at/);
  });

  it('refuses a related guide that does not exist', () => {
    const errors = breakAndCheck('content/guides/en/test.mdx', goodGuide('related: [no-such-guide]'));
    expect(errors.join('\n')).toMatch(/test\.mdx\s+related:\s+no guide "no-such-guide"/);
  });

  it('refuses an unknown component and a glossary link to no term, with their lines', () => {
    const errors = breakAndCheck('content/guides/en/test.mdx', goodGuide('', 'Line one.\n\n<Warning>x</Warning>\n\n<Term id="nothing">x</Term>'));
    expect(errors.join('\n')).toMatch(/test\.mdx:15\s+<Warning>:\s+unknown component/);
    expect(errors.join('\n')).toMatch(/test\.mdx:17\s+<Term id>:\s+"nothing" is not a glossary id/);
  });

  it('refuses broken YAML with its line', () => {
    const errors = breakAndCheck('content/guides/en/test.mdx', goodGuide('').replace('title: A test guide', 'title: "unclosed'));
    expect(errors.join('\n')).toMatch(/test\.mdx(:\d+)?\s+the frontmatter is not valid YAML/);
  });

  it('refuses a UI string key that the reference does not have, and a lost placeholder', () => {
    const root = contentCopy();
    roots.push(root);
    writeFileSync(join(root, 'content/ui/fr.json'), JSON.stringify({ 'site.nmae': 'Dalil', 'guide.lastReviewed': 'Relu le' }));
    const errors = checkContent(root, LOCALE_CODES).problems.map(formatProblem).join('\n');
    expect(errors).toMatch(/content\/ui\/fr\.json\s+site\.nmae:\s+unknown key/);
    expect(errors).toMatch(/content\/ui\/fr\.json\s+guide\.lastReviewed:\s+placeholders differ.*missing \{\{date\}\}/);
  });

  it('refuses a plural form the language does not have', () => {
    const root = contentCopy();
    roots.push(root);
    writeFileSync(join(root, 'content/ui/ckb.json'), JSON.stringify({ 'topic.guideCount_few': '{{count}}' }));
    expect(checkContent(root, LOCALE_CODES).problems.map(formatProblem).join('\n')).toMatch(/ckb\.json\s+topic\.guideCount_few:\s+ckb has no "few" plural form/);
  });

  it('lists UI strings that fall back, per language', () => {
    const root = contentCopy();
    roots.push(root);
    writeFileSync(join(root, 'content/ui/es.json'), JSON.stringify({ 'site.name': 'Dalil' }));
    const report = checkContent(root, LOCALE_CODES);
    expect(report.uiMissing.get('es')).toContain('guide.sources');
    expect(report.uiMissing.get('es')).not.toContain('site.name');
    expect(report.uiMissing.get('es')).toEqual(expect.arrayContaining(['topic.guideCount_one', 'topic.guideCount_many', 'topic.guideCount_other']));
  });

});

describe('MDX components list', () => {
  it('matches the components the pages give to MDX', async () => {
    const { readFileSync } = await import('node:fs');
    const { MDX_COMPONENTS } = await import('../../../src/checks/run.ts');
    const index = readFileSync('src/guides/components/index.ts', 'utf8');
    const exported = /editorComponents = \{([^}]*)\}/.exec(index)?.[1]?.split(',').map((s) => s.trim()).filter(Boolean);
    expect(exported?.sort()).toEqual([...MDX_COMPONENTS].sort());
  });
});

describe('the editors\' component reference', () => {
  it('in content/README.md is the one written from the components\' declaration (npm run docs)', async () => {
    const { componentReference } = await import('../../../src/guides/components/reference.ts');
    expect(readFileSync('content/README.md', 'utf8')).toContain(componentReference());
  });
});

describe('plain words and one term per concept', () => {
  function warningsFor(file: string, text: string): string[] {
    const root = contentCopy();
    roots.push(root);
    writeFileSync(join(root, file), text);
    return checkContent(root, LOCALE_CODES).problems.filter((p) => p.level === 'warning' && p.file === file).map(formatProblem);
  }
  const long = 'When you arrive at the office you should ask the person at the desk to explain every step of the process to you slowly and in a language you understand well.';

  it('warns, with the line, on a long sentence, a jargon word and a glossary variant to avoid', () => {
    const en = warningsFor('content/guides/en/test.mdx', goodGuide('', `Line one.\n\nThe duty-bearer must act.\n\n${long}`));
    expect(en.join('\n')).toMatch(/test\.mdx:15\s+plain language:\s+"duty-bearer" is jargon/);
    expect(en.join('\n')).toMatch(/test\.mdx:17\s+plain language:\s+a sentence of 3\d words/);
    const ar = warningsFor('content/guides/ar/test.mdx', goodGuide('', 'سطر أول.\n\nهذا عن الاتجار بالبشر في المغرب.'));
    expect(ar.join('\n')).toMatch(/test\.mdx:15\s+term:\s+"الاتجار بالبشر": the glossary's term for this is "الاتجار بالأشخاص"/);
  });

  it('keeps quiet about a word a guide keeps on purpose, with its reason', () => {
    const kept = warningsFor('content/guides/en/test.mdx', goodGuide('plain_language_exceptions:\n  - text: duty-bearer\n    reason: the word used on the official form readers are handed', 'The duty-bearer must act.'));
    expect(kept).toEqual([]);
  });

  it('does not count a word linked to the glossary as jargon: it is explained there', () => {
    expect(warningsFor('content/guides/en/test.mdx', goodGuide('', 'The <Term id="duty-bearer">duty-bearer</Term> must act.'))).toEqual([]);
  });
});
