import { describe, expect, it } from 'vitest';
import { partialResponse } from '../../../src/offline/range.ts';

const stored = () => new Response(new Uint8Array(Array.from({ length: 100 }, (_, i) => i)), { headers: { 'Content-Type': 'audio/ogg' } });
const ask = (range?: string) => new Request('http://localhost/audio/en/x.opus', range ? { headers: { Range: range } } : {});
const bytes = async (r: Response) => [...new Uint8Array(await r.arrayBuffer())];

describe('answering a player\'s byte ranges from a saved recording', () => {
  it('answers the whole file when no range is asked', async () => {
    const r = await partialResponse(ask(), stored());
    expect(r.status).toBe(200);
    expect((await bytes(r)).length).toBe(100);
  });

  it('answers "bytes=0-" (what players ask first) with the whole file as a part', async () => {
    const r = await partialResponse(ask('bytes=0-'), stored());
    expect(r.status).toBe(206);
    expect(r.headers.get('Content-Range')).toBe('bytes 0-99/100');
    expect(r.headers.get('Content-Length')).toBe('100');
    expect(r.headers.get('Content-Type')).toBe('audio/ogg');
  });

  it('answers a middle part, an end past the file, and the last bytes', async () => {
    let r = await partialResponse(ask('bytes=10-19'), stored());
    expect(r.headers.get('Content-Range')).toBe('bytes 10-19/100');
    expect(await bytes(r)).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    r = await partialResponse(ask('bytes=95-500'), stored());
    expect(r.headers.get('Content-Range')).toBe('bytes 95-99/100');
    expect(await bytes(r)).toEqual([95, 96, 97, 98, 99]);
    r = await partialResponse(ask('bytes=-3'), stored());
    expect(r.headers.get('Content-Range')).toBe('bytes 97-99/100');
    expect(await bytes(r)).toEqual([97, 98, 99]);
  });

  it('refuses a range outside the file', async () => {
    const r = await partialResponse(ask('bytes=100-'), stored());
    expect(r.status).toBe(416);
    expect(r.headers.get('Content-Range')).toBe('bytes */100');
  });
});
