import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkGuides } from '../../../src/checks/guides.ts';
import { glossaryFileSchema } from '../../../src/glossary/schema.ts';
import { LOCALE_CODES } from '../../../src/i18n/locales.ts';
import { SOURCE_IDS } from '../../../src/sources/sources.ts';

/** The guidance library as the issue defines it: what must exist, and what must never be invented. */
const { guides } = checkGuides('.', SOURCE_IDS);
const slugs = [...new Set(guides.map((g) => g.slug))];
const inLang = (lang: string) => guides.filter((g) => g.lang === lang);

describe('the guidance library', () => {
  it('has at least 24 guides, each in Arabic, French and English', () => {
    expect(slugs.length).toBeGreaterThanOrEqual(24);
    for (const lang of ['ar', 'fr', 'en']) expect(inLang(lang).map((g) => g.slug).sort(), lang).toEqual([...slugs].sort());
  });

  const concerning = (country: string) => guides.filter((g) => g.lang === 'en' && g.data && (g.data.countries.includes('all') || (g.data.countries as string[]).includes(country))).map((g) => g.slug);

  it('has every guide that concerns Iraq in Kurdish Sorani and Kurmanji, and every one that concerns Morocco in Spanish', () => {
    for (const lang of ['ckb', 'kmr']) expect(inLang(lang).map((g) => g.slug), lang).toEqual(expect.arrayContaining(concerning('IQ')));
    expect(inLang('es').map((g) => g.slug)).toEqual(expect.arrayContaining(concerning('MA')));
  });

  it('answers the first questions: asylum, arrest, health care, papers, work, school, family, displacement', () => {
    for (const slug of ['asking-for-asylum', 'if-you-are-arrested', 'getting-health-care', 'papers-and-civil-documents', 'rights-at-work', 'school-and-training', 'finding-lost-family', 'displaced-in-iraq', 'disability-support']) expect(slugs).toContain(slug);
  });

  it('never tells readers about our sources: it says who can answer', () => {
    const aboutSources = /\b(our|the) sources? (do|does|did)(n't| not)\b|\bnos sources\b|\bnuestras fuentes\b|مصادرنا|سەرچاوەکەمان|çavkaniyên me/i;
    for (const g of guides) expect(aboutSources.test(g.body), g.file).toBe(false);
  });

  it('dates every public citation with the day it was checked', () => {
    for (const g of guides) for (const s of g.data?.sources ?? []) if (!('document' in s)) expect(s.accessed instanceof Date, `${g.file}: ${s.url}`).toBe(true);
  });

  it('places no IOM Iraq office at the UNAMI compound, which nobody can walk into', () => {
    for (const g of guides) expect(/UNAMI|Diwan 2/i.test(g.body), g.file).toBe(false);
  });

  it('cites at least one source in every guide, in every language', () => {
    for (const g of guides) expect(g.data?.sources.length, g.file).toBeGreaterThan(0);
  });

  it('keeps the same topic, countries and sources in every translation', () => {
    for (const slug of slugs) {
      const versions = guides.filter((g) => g.slug === slug);
      const en = versions.find((g) => g.lang === 'en')!;
      for (const v of versions) {
        expect(v.data?.topic, v.file).toBe(en.data?.topic);
        expect(v.data?.countries, v.file).toEqual(en.data?.countries);
        expect(v.data?.sources.length, v.file).toBe(en.data?.sources.length);
      }
    }
  });

  it('marks every translation as a draft until a reviewer signs it off', () => {
    for (const g of guides.filter((x) => x.lang !== 'en')) {
      const en = guides.find((x) => x.lang === 'en' && x.slug === g.slug)!;
      if (en.data?.reviewed === 'draft') expect(g.data?.reviewed, g.file).toBe('draft');
    }
  });

  it('ends every guide with where to get help', () => {
    for (const g of guides) {
      const last = g.body.split(/\n(?=## )/).at(-1)!;
      expect(/<(ContactCard|GetHelpNow|ServiceList)\b/.test(last), g.file).toBe(true);
    }
  });

  it('writes no phone number that the directory (with its cited sources) does not hold', () => {
    const known = new Set(
      readdirSync('content/services').flatMap((f) => [...readFileSync(`content/services/${f}`, 'utf8').matchAll(/"number":\s*"([^"]+)"/g)].map((m) => m[1]!)),
    );
    for (const g of guides) {
      for (const m of g.body.matchAll(/\+\d[\d\s]{6,}/g)) expect(known.has(m[0].replace(/\s/g, '')), `${g.file}: ${m[0]}`).toBe(true);
    }
  });
});

describe('the glossary', () => {
  const files = Object.fromEntries(LOCALE_CODES.map((lang) => [lang, glossaryFileSchema.parse(JSON.parse(readFileSync(`content/glossary/${lang}.json`, 'utf8')))]));
  const REQUIRED = [
    // Every term of Annex I of IOM's approach to protection (2023).
    'affected-communities', 'centrality-of-protection', 'displacement', 'humanitarian-principles', 'migrant', 'protection-advocacy',
    'protection-integration', 'protection-mainstreaming', 'protection-risk', 'protection-outcome', 'protection-roadmap', 'rights-based-approach', 'specialized-protection',
    // Terms the guides use.
    'victim-of-trafficking', 'smuggling-of-migrants', 'asylum-seeker', 'refugee', 'idp', 'avrr', 'reintegration', 'referral', 'case-management', 'psea', 'do-no-harm',
  ];

  it('defines every required term in every language, with a source', () => {
    for (const lang of LOCALE_CODES) {
      const ids = files[lang]!.terms.map((t) => t.id);
      for (const id of REQUIRED) expect(ids, `${lang}: ${id}`).toContain(id);
      for (const t of files[lang]!.terms) expect(t.sources.length, `${lang}: ${t.id}`).toBeGreaterThan(0);
    }
  });

  it('has a term for every glossary link in every guide', () => {
    const ids = new Set(files.en!.terms.map((t) => t.id));
    for (const g of guides) for (const m of g.body.matchAll(/<Term id="([^"]+)"/g)) expect(ids.has(m[1]!), `${g.file}: ${m[1]}`).toBe(true);
  });
});
