// Generates a synthetic content set for the benchmark: guides in every language and services,
// deterministic (seeded), never published. Text is assembled from the real guides' sentences
// so that pages weigh and index like real ones.
// Usage: node bench/synthetic-content.ts --guides 50 --services 500 --out bench/out/content-1x
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { CATEGORIES } from '../src/directory/categories.ts';
import { TOPICS } from '../src/guides/topics.ts';
import { LOCALE_CODES } from '../src/i18n/locales.ts';

const { values } = parseArgs({ options: { guides: { type: 'string', default: '50' }, services: { type: 'string', default: '500' }, out: { type: 'string', default: 'bench/out/content' } } });
const guideCount = Number(values.guides);
const serviceCount = Number(values.services);
const out = values.out!;

let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

/** Sentences of the real guides, per language, to build plausible synthetic text from. */
function sentences(lang: string): string[] {
  const dir = `content/guides/${lang}`;
  const text = readdirSync(dir).map((f) => readFileSync(join(dir, f), 'utf8').replace(/^---[\s\S]*?---/, '')).join('\n');
  return text
    .replace(/<[^>]+>/g, ' ')
    // Links keep their words only: the real guides they lead to are not in a synthetic set.
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .split(/(?<=[.!?؟])\s+/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    // No addresses: a title or heading cut short would leave a broken one, which the build rightly refuses.
    .filter((s) => s.length > 30 && !/[{}#*|<>@]/.test(s));
}

rmSync(out, { recursive: true, force: true });
for (const lang of LOCALE_CODES) {
  const pool = sentences(lang);
  mkdirSync(join(out, 'guides', lang), { recursive: true });
  for (let i = 0; i < guideCount; i++) {
    const paragraphs = Array.from({ length: 8 }, () => Array.from({ length: 3 }, () => pick(pool)).join(' '));
    const title = pick(pool).slice(0, 60).replace(/[:"]/g, '').trim();
    const body = paragraphs.map((p, n) => (n % 3 === 0 ? `## ${pick(pool).slice(0, 50).replace(/[#:]/g, '')}\n\n${p}` : p)).join('\n\n');
    writeFileSync(
      join(out, 'guides', lang, `synthetic-guide-${i}.mdx`),
      `---\ntitle: "${title} ${i}"\nsummary: "Synthetic guide ${i} for the benchmark"\ntopic: ${TOPICS[i % TOPICS.length]}\ncountries: [all]\nupdated: 2026-11-01\nreviewed: draft\nsources: [{ document: iom-approach-to-protection-2023.txt }]\n---\n\n${body}\n\n<GetHelpNow />\n`,
    );
  }
}

mkdirSync(join(out, 'services'), { recursive: true });
const cities = [
  { id: 'rabat', country: 'MA', tz: 'Africa/Casablanca', prefix: '+2125' },
  { id: 'baghdad', country: 'IQ', tz: 'Asia/Baghdad', prefix: '+9647' },
];
const perFile = 10;
for (let f = 0; f * perFile < serviceCount; f++) {
  const city = cities[f % cities.length]!;
  const org = `synthetic-org-${f}`;
  const services = Array.from({ length: Math.min(perFile, serviceCount - f * perFile) }, (_, k) => {
    const n = f * perFile + k;
    return {
      id: `synthetic-service-${n}`,
      name: { en: `Synthetic service ${n}`, ar: `خدمة تجريبية ${n}`, fr: `Service synthétique ${n}` },
      description: { en: 'A synthetic service generated for the benchmark. It is never published.' },
      categories: [pick(CATEGORIES), pick(CATEGORIES)].filter((c, i, a) => a.indexOf(c) === i),
      location_ids: [`${org}-office`],
      phones: [{ number: `${city.prefix}${String(10000000 + n).slice(-8)}`, type: 'voice' }],
      schedule: { timezone: city.tz, hours: [{ days: ['mo', 'tu', 'we', 'th', 'fr'], opens: '09:00', closes: '17:00' }] },
      languages: [pick(['ar', 'fr', 'en', 'ckb', 'es'])],
      cost: pick(['free', 'unknown']),
      access: ['walk-in'],
      sources: [{ document: 'iom-approach-to-protection-2023.txt' }],
      assured_date: '2026-11-01',
    };
  });
  writeFileSync(
    join(out, 'services', `${org}.json`),
    JSON.stringify({
      organization: { id: org, name: { en: `Synthetic organisation ${f}` }, sources: [{ document: 'iom-approach-to-protection-2023.txt' }], assured_date: '2026-11-01' },
      locations: [{ id: `${org}-office`, country: city.country, city: city.id, address: `${f} Synthetic Street` }],
      services,
    }),
  );
}
console.log(`synthetic content: ${guideCount} guides × ${LOCALE_CODES.length} languages, ${serviceCount} services → ${out}`);
