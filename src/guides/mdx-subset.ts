import { mdxToMdast } from 'satteri';
import { classifyUrl, invisibleCharacter, LINK_KINDS } from '../schema/fields.ts';
import { ALLOWED_HTML, COMPONENTS, COMPONENT_NAMES, type ComponentName } from './components/props.ts';

/**
 * MDX is a program: `{…}` runs at build time, `import`/`export` load modules, and raw HTML reaches
 * readers as written. Guides may use Markdown and the documented components only. This reads the
 * MDX syntax tree (the parser Astro itself uses, so components written over several lines and `>`
 * inside attribute values are read as the build reads them) and reports everything outside that
 * subset, with the line. `npm run check` and the build (src/integrations/content-guard.ts) both
 * call it, so a guide that fails here never reaches a reader.
 */
export interface MdxIssue {
  /** Line in the text given (1-based). */
  line?: number;
  field: string;
  message: string;
}

export interface MdxFindings {
  issues: MdxIssue[];
  /** Links to pages of this site, for the link check. */
  sitePaths: { href: string; line?: number }[];
  /** Glossary ids used by <Term>, for the glossary check. */
  terms: { id: string; line?: number }[];
  /** The text readers read, one entry per paragraph, heading, list item or table cell, for the plain-language check. */
  blocks: { text: string; line: number; /** The same without words linked to the glossary, which are explained there. */ unlinked: string }[];
}

interface Node {
  type: string;
  name?: string | null;
  value?: unknown;
  url?: string;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number } };
}

const ALLOWED_LIST = Object.keys(ALLOWED_HTML).map((t) => `<${t}>`).join(', ');
/** `{/* … *\/}` is MDX's only way to write a comment; it cannot run anything. */
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/** A prop written `{…}`: only a plain number, true/false or a quoted string. */
function literal(expression: string): { value: unknown } | undefined {
  const text = expression.trim();
  if (/^(true|false)$/.test(text)) return { value: text === 'true' };
  if (/^-?\d+(\.\d+)?$/.test(text)) return { value: Number(text) };
  if (/^"(?:[^"\\]|\\.)*"$/.test(text)) {
    try {
      return { value: JSON.parse(text) as string };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function inspectMdx(body: string): MdxFindings {
  const findings: MdxFindings = { issues: [], sitePaths: [], terms: [], blocks: [] };
  let tree: Node;
  try {
    tree = mdxToMdast(body, { position: true }) as unknown as Node;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    const position = /^(\d+):(\d+)/.exec(message);
    findings.issues.push({
      line: position ? Number(position[1]) : undefined,
      field: 'MDX',
      message: `${message.replace(/^\d+:\d+:\s*/, '').replace(/\s*\([^)]*\)\s*$/, '')}: close every component, and write < and { in text as &lt; and &#123;`,
    });
    return findings;
  }
  const issue = (node: Node, field: string, message: string) => findings.issues.push({ line: node.position?.start.line, field, message });

  const checkUrl = (node: Node, field: string, url: string, kinds = LINK_KINDS) => {
    const result = classifyUrl(url);
    if ('error' in result) issue(node, field, `"${url}": ${result.error}`);
    else if (!kinds.includes(result.kind)) issue(node, field, `"${url}": ${field === 'image' ? 'images must be files of this site (upload them to /media/)' : 'this kind of address is not allowed here'}`);
    else if (result.kind === 'path') findings.sitePaths.push({ href: url, line: node.position?.start.line });
  };

  const element = (node: Node) => {
    const name = node.name;
    if (!name) return issue(node, '<>', 'empty tags <>…</> are not allowed: remove them');
    if (name in COMPONENTS) return component(node, name as ComponentName);
    const allowedAttributes = ALLOWED_HTML[name];
    if (!allowedAttributes) {
      if (/^[a-z]/.test(name)) return issue(node, `<${name}>`, `HTML elements are not allowed in guides (only ${ALLOWED_LIST}): use Markdown or a component from content/README.md`);
      return issue(node, `<${name}>`, `unknown component: use one of ${COMPONENT_NAMES.join(', ')} (see content/README.md)`);
    }
    for (const attribute of node.attributes ?? []) {
      const label = `<${name} ${attribute.name ?? '{…}'}>`;
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name || !allowedAttributes.includes(attribute.name)) {
        issue(node, label, `<${name}> may only have ${allowedAttributes.length ? allowedAttributes.map((a) => `${a}="…"`).join(', ') : 'no attributes'}`);
      } else if (typeof attribute.value !== 'string') {
        issue(node, label, 'write the value in quotes: title="…"');
      }
    }
    walk(node.children);
  };

  const component = (node: Node, name: ComponentName) => {
    const spec = COMPONENTS[name];
    const props: Record<string, unknown> = {};
    for (const attribute of node.attributes ?? []) {
      if (attribute.type !== 'mdxJsxAttribute' || !attribute.name) {
        issue(node, `<${name} {…}>`, 'spreading props with {…} is not allowed: write each prop as name="value"');
        continue;
      }
      const value = attribute.value;
      if (value === null || value === undefined) props[attribute.name] = true;
      else if (typeof value === 'string') props[attribute.name] = value;
      else {
        const expression = (value as { value?: string }).value ?? '';
        const parsed = literal(expression);
        if (parsed) props[attribute.name] = parsed.value;
        else issue(node, `<${name} ${attribute.name}>`, `{${expression}} is code, not a value: write ${attribute.name}="…"`);
      }
    }
    const result = spec.props.safeParse(props);
    if (!result.success) {
      for (const problem of result.error.issues) {
        if (problem.code === 'unrecognized_keys') {
          for (const key of problem.keys) issue(node, `<${name} ${key}>`, `<${name}> has no "${key}": use ${Object.keys(spec.props.shape).join(', ') || 'no props'}`);
        } else {
          const prop = String(problem.path[0] ?? '');
          const given = prop in props ? `"${String(props[prop])}": ` : '';
          issue(node, `<${name}${prop ? ` ${prop}` : ''}>`, prop && !(prop in props) ? `<${name}> needs ${prop}="…": ${problem.message}` : `${given}${problem.message}`);
        }
      }
    }
    const hasChildren = (node.children ?? []).some((c) => c.type !== 'text' || String(c.value ?? '').trim() !== '');
    if (spec.children === 'none' && hasChildren) issue(node, `<${name}>`, `<${name}> takes no content: write it as <${name} … />`);
    if (spec.children !== 'none' && !hasChildren) issue(node, `<${name}>`, `write the ${spec.children === 'inline' ? 'words' : 'text'} between <${name}> and </${name}>`);
    if (name === 'Term' && typeof props.id === 'string') findings.terms.push({ id: props.id, line: node.position?.start.line });
    walk(node.children);
  };

  const walk = (nodes: Node[] | undefined) => {
    for (const node of nodes ?? []) {
      switch (node.type) {
        case 'mdxjsEsm':
          issue(node, 'import/export', 'guides cannot import or export code: components need no import line, remove the line');
          break;
        case 'mdxFlowExpression':
        case 'mdxTextExpression':
          if (!COMMENT_ONLY.test(String(node.value ?? ''))) issue(node, '{…}', `{${String(node.value ?? '').trim().slice(0, 40)}} would run as code: write { in text as &#123;, or remove it`);
          break;
        case 'mdxJsxFlowElement':
        case 'mdxJsxTextElement':
          element(node);
          break;
        case 'html':
          issue(node, 'HTML', `raw HTML is not allowed in guides (only ${ALLOWED_LIST}): use Markdown or a component`);
          break;
        case 'link':
        case 'definition':
          checkUrl(node, 'link', node.url ?? '');
          walk(node.children);
          break;
        case 'image':
        case 'imageReference':
          if (node.type === 'image') checkUrl(node, 'image', node.url ?? '', ['path']);
          break;
        case 'text':
        case 'inlineCode':
        case 'code': {
          const code = invisibleCharacter(String(node.value ?? ''));
          if (code) issue(node, 'text', `contains an invisible control character (${code}) that can change how the text is shown: retype the text without it`);
          break;
        }
        default:
          walk(node.children);
      }
    }
  };
  walk(tree.children);
  collectBlocks(tree, findings.blocks);
  return findings;
}

const BLOCKS = new Set(['paragraph', 'heading', 'tableCell']);

/** Readable text of a node: text and inline code, with the words inside links (and <Term>, unless left out). */
function textOf(node: Node, withTerms = true): string {
  if (node.type === 'text' || node.type === 'inlineCode') return String(node.value ?? '');
  if (node.type === 'break') return ' ';
  if (!withTerms && node.type === 'mdxJsxTextElement' && node.name === 'Term') return ' ';
  return (node.children ?? []).map((c) => textOf(c, withTerms)).join('');
}

function collectBlocks(node: Node, out: MdxFindings['blocks']) {
  for (const child of node.children ?? []) {
    if (BLOCKS.has(child.type)) {
      const text = textOf(child).trim();
      if (text) out.push({ text, line: child.position?.start.line ?? 1, unlinked: textOf(child, false) });
    } else if (child.type !== 'code' && child.type !== 'mdxjsEsm') {
      collectBlocks(child, out);
    }
  }
}
