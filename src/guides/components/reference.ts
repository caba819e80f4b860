import type { z } from 'astro/zod';
import { ALLOWED_HTML, COMPONENTS } from './props.ts';

/**
 * The editors' reference of the MDX components, written from their one declaration (props.ts) into
 * content/README.md by `npm run docs`; a test fails when the README is out of date.
 */
export const START = '<!-- components: generated from src/guides/components/props.ts by npm run docs -->';
export const END = '<!-- /components -->';

function propLine(name: string, schema: z.ZodType): string {
  const optional = schema.safeParse(undefined).success;
  const description = (schema as unknown as { description?: string }).description ?? '';
  return `  - \`${name}\`${optional ? ' (optional)' : ''}: ${description}`;
}

export function componentReference(): string {
  const sections = Object.entries(COMPONENTS).map(([name, spec]) => {
    const props = Object.entries(spec.props.shape as Record<string, z.ZodType>);
    const content = { block: 'Text goes between the tags.', inline: 'The words between the tags are what readers see.', none: `Write it as \`<${name} … />\`.` }[spec.children];
    return [`**${name}**: ${spec.summary} ${content}`, '', ...(props.length ? props.map(([p, s]) => propLine(p, s)) : ['  - no props']), '', '```mdx', spec.example, '```'].join('\n');
  });
  const html = Object.entries(ALLOWED_HTML).map(([tag, attributes]) => `\`<${tag}>\`${attributes.length ? ` (with ${attributes.map((a) => `\`${a}\``).join(', ')})` : ''}`).join(', ');
  return [
    START,
    'Use these anywhere in a guide. They need no `import` line. Nothing else is allowed: no other HTML',
    `than ${html}, no \`{…}\`, no \`import\` or \`export\`; \`npm run check\` names the line of anything else.`,
    '',
    sections.join('\n\n'),
    END,
  ].join('\n');
}
