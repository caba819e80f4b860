import QRCode from 'qrcode';

/**
 * A QR code as SVG parts, generated at build time (no network). Only the library's path data is
 * ever inserted as markup; callers set every text (labels, captions) as escaped attributes or text.
 */
export async function qrSvg(url: string): Promise<{ viewBox: string; paths: string }> {
  const svg = await QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });
  const viewBox = /viewBox="([\d.\s]+)"/.exec(svg)?.[1];
  const paths = [...svg.matchAll(/<path\s[^>]*\/>|<path\s[^>]*><\/path>/g)].map((m) => m[0]).join('');
  if (!viewBox || !paths) throw new Error('qrSvg: the QR code library returned an unexpected SVG');
  if (/<(?!path\b)|\son\w+=|javascript:/i.test(paths.replace(/<\/path>/g, ''))) throw new Error('qrSvg: unexpected markup in the QR code paths');
  return { viewBox, paths };
}
