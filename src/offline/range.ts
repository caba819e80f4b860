/**
 * The part of a stored file a media request asks for (`Range: bytes=…`): players ask for parts,
 * and a recording saved for offline listening is answered from the phone, so the worker must
 * answer them as a server would.
 */
export async function partialResponse(request: Request, response: Response): Promise<Response> {
  const range = /^bytes=(\d*)-(\d*)$/.exec(request.headers.get('range')?.trim() ?? '');
  if (!range || (!range[1] && !range[2])) return response;
  const blob = await response.blob();
  const size = blob.size;
  let start: number;
  let end: number;
  if (range[1]) {
    start = Number(range[1]);
    end = range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
  } else {
    // "bytes=-500": the last 500 bytes.
    start = Math.max(0, size - Number(range[2]));
    end = size - 1;
  }
  if (start >= size || start > end) return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${size}` } });
  const headers = new Headers(response.headers);
  headers.set('Content-Range', `bytes ${start}-${end}/${size}`);
  headers.set('Content-Length', String(end - start + 1));
  return new Response(blob.slice(start, end + 1), { status: 206, statusText: 'Partial Content', headers });
}
