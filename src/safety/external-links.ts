/**
 * Every link to another website, wherever it was written (components, MDX, data), is marked for
 * readers (an arrow, and words for screen readers in the page's language) and opened without
 * sending the address of the page the reader came from.
 */
export function markExternalLinks(html: string, label: string): string {
  return html.replace(/<a\s([^>]*?)href="(https?:\/\/[^"]+)"([^>]*)>([\s\S]*?)<\/a>/g, (whole, before: string, href: string, after: string, text: string) => {
    const attrs = `${before}${after}`;
    if (/\bdata-quick-exit\b/.test(attrs) || /\bclass="[^"]*\bexternal\b/.test(attrs)) return whole;
    let open = `<a ${before}href="${href}"${after}`;
    open = /\brel="/.test(open)
      ? open.replace(/\brel="([^"]*)"/, (_m, rel: string) => `rel="${[...new Set([...rel.split(/\s+/).filter(Boolean), 'noopener', 'noreferrer'])].join(' ')}"`)
      : `${open} rel="noopener noreferrer"`;
    open = /\bclass="/.test(open) ? open.replace(/\bclass="([^"]*)"/, 'class="$1 external"') : `${open} class="external"`;
    return `${open}>${text}<span class="sr-only"> ${label}</span></a>`;
  });
}
