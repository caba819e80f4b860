import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { audioKind } from '../../../src/audio/recordings.ts';
import { checkAudio } from '../../../src/checks/audio.ts';
import { guideSchema } from '../../../src/guides/schema.ts';

/** Recordings of guides: tiny real file heads in tests/fixtures/audio/<case>/content/audio/. */
const FIXTURES = 'tests/fixtures/audio';
const guide = (lang: string, audio?: string) => ({ file: `content/guides/${lang}/voluntary-return.mdx`, lang, audio, line: audio ? 10 : undefined, audioLanguage: undefined as string | undefined });
const messages = (root: string, guides = [] as ReturnType<typeof guide>[], max?: number) => checkAudio(root, guides, max).map((p) => `${p.file}${p.line ? `:${p.line}` : ''} ${p.field ?? ''} ${p.message}`);

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
function project(files: Record<string, string | Buffer>): string {
  const root = mkdtempSync(join(tmpdir(), 'dalil-audio-'));
  dirs.push(root);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

describe('recordings: what npm run check accepts', () => {
  it('accepts Ogg (OggS) named .opus or .ogg, and MP3 that starts with an ID3 tag or an MPEG frame', () => {
    expect(messages(`${FIXTURES}/ogg`, [guide('en', 'tiny.opus'), guide('en', 'tiny.ogg')])).toEqual([]);
    expect(messages(`${FIXTURES}/mp3`, [guide('fr', 'tagged.mp3'), guide('fr', 'frame.mp3')])).toEqual([]);
  });

  it('recognises the kinds by their first bytes', () => {
    expect(audioKind(new TextEncoder().encode('OggS\0\x02'))).toBe('ogg');
    expect(audioKind(new TextEncoder().encode('ID3\x04'))).toBe('mp3');
    expect(audioKind(new Uint8Array([0xff, 0xfb, 0x90]))).toBe('mp3');
    expect(audioKind(new Uint8Array([0xff, 0xd8, 0xff]))).toBeUndefined(); // a JPEG
    expect(audioKind(new TextEncoder().encode('<!doctype html>'))).toBeUndefined();
    expect(audioKind(new Uint8Array([]))).toBeUndefined();
  });

  it('refuses a web page named .opus, saying what to do', () => {
    expect(messages(`${FIXTURES}/fake`)).toEqual([expect.stringMatching(/^content\/audio\/en\/fake\.opus\s+is not really a \.opus recording \(its first bytes say it is not audio\): export the recording again as Opus/)]);
  });

  it('refuses an Ogg file named .mp3, and an MP3 named .opus', () => {
    const root = project({ 'content/audio/en/a.mp3': 'OggS\0\x02rest', 'content/audio/en/b.opus': 'ID3\x04rest' });
    expect(messages(root)).toEqual([
      expect.stringMatching(/a\.mp3\s+is not really a \.mp3 recording \(its first bytes say it is an Ogg file\)/),
      expect.stringMatching(/b\.opus\s+is not really a \.opus recording \(its first bytes say it is an MP3 file\)/),
    ]);
  });

  it('names the guide, line and field when its recording is missing in its own language folder', () => {
    // tiny.opus exists in en/, not in ar/: an Arabic guide cannot borrow the English recording.
    expect(messages(`${FIXTURES}/ogg`, [guide('ar', 'tiny.opus')])).toEqual(['content/guides/ar/voluntary-return.mdx:10 audio no recording content/audio/ar/tiny.opus: add the file there (the folder of the guide\'s language), or fix the name']);
  });

  it('refuses recordings over the size limit, outside a language folder, with names that cannot be addresses, or in public/', () => {
    const big = Buffer.concat([Buffer.from('OggS'), Buffer.alloc(3 * 1024)]);
    const root = project({
      'content/audio/en/long.opus': big,
      'content/audio/loose.opus': 'OggS',
      'content/audio/xx/unknown.opus': 'OggS',
      'content/audio/en/Two Words.opus': 'OggS',
      'content/audio/en/talk.wav': 'RIFF',
      'public/audio/en/x.opus': 'OggS',
    });
    const found = messages(root, [], 2);
    expect(found).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/long\.opus\s+is 4 KB, over the limit of 2 KB \(content\/settings\.json, limits\.maxAudioKilobytes\)/),
        expect.stringMatching(/content\/audio\/loose\.opus\s+recordings live at content\/audio\/<language>\/<file>/),
        expect.stringMatching(/content\/audio\/xx\/unknown\.opus\s+recordings live at/),
        expect.stringMatching(/Two Words\.opus\s+name a recording with lowercase letters/),
        expect.stringMatching(/talk\.wav\s+name a recording with lowercase letters, digits and hyphens, ending \.opus, \.ogg or \.mp3/),
        expect.stringMatching(/public\/audio\/en\/x\.opus\s+recordings belong in content\/audio/),
      ]),
    );
    expect(found).toHaveLength(6);
  });

  it('refuses a recording language on a guide with no recording', () => {
    expect(messages(`${FIXTURES}/ogg`, [{ ...guide('fr'), audioLanguage: 'wo' }])).toEqual([expect.stringMatching(/^content\/guides\/fr\/voluntary-return\.mdx audio_language says which language the recording is in, but the guide names no recording/)]);
  });

  it('the guide field takes a file name only, with a message an editor can act on', () => {
    const audio = guideSchema([]).shape.audio;
    expect(audio.safeParse('voluntary-return.opus').success).toBe(true);
    const bad = audio.safeParse('content/audio/en/voluntary-return.opus');
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.message).toMatch(/write only the file name of a recording in content\/audio\/<language>\/, e\.g\. voluntary-return\.opus/);
  });
});
