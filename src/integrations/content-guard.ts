import { relative } from 'node:path';
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { readFrontmatter } from '../checks/frontmatter.ts';
import { inspectMdx } from '../guides/mdx-subset.ts';
import { MAX_FILE_BYTES } from '../settings.ts';

/**
 * The build's own guard on MDX: every .mdx file is read against the safe subset before the MDX
 * compiler turns it into code, so `astro build` and `astro dev` refuse a guide with raw HTML,
 * `{…}` or `import`/`export` even when `npm run check` was skipped. The error names the file and
 * line, as the checker does.
 */
export function mdxGuardPlugin(root: string): Plugin {
  return {
    name: 'dalil:mdx-guard',
    enforce: 'pre',
    transform(code, id) {
      // Astro wraps each entry in helper modules (ids with a ?query); the file itself has none.
      if (!id.endsWith('.mdx') || id.includes('?')) return null;
      const path = id;
      const file = relative(root, path);
      if (Buffer.byteLength(code) > MAX_FILE_BYTES) {
        this.error(`${file}: is over the limit of ${MAX_FILE_BYTES / 1024} KB (content/settings.json, limits.maxFileKilobytes): split it into smaller files`);
      }
      const fm = readFrontmatter(code);
      if (fm.error) this.error(`${file}:${fm.error.line ?? 1}: ${fm.error.message}`);
      const { issues } = inspectMdx(fm.body);
      if (issues.length) {
        const lines = issues.map((i) => `  ${file}${i.line ? `:${fm.bodyLine + i.line - 1}` : ''}  ${i.field}: ${i.message}`);
        this.error(`This MDX file uses what guides may not (see content/README.md):\n${lines.join('\n')}`);
      }
      return null;
    },
  };
}

export function contentGuard(): AstroIntegration {
  return {
    name: 'dalil:content-guard',
    hooks: {
      'astro:config:setup': ({ config, updateConfig }) => {
        updateConfig({ vite: { plugins: [mdxGuardPlugin(new URL(config.root).pathname)] } });
      },
    },
  };
}
