/**
 * The text a page reads aloud, in document order: what is inside elements marked `data-listen`
 * (a guide's title and summary, then its sections; a service's details; the emergency numbers),
 * less what is marked `data-listen-skip` (sources, share boxes, this control), hidden, or meant
 * for screen readers only. Each piece keeps the element it comes from, to show it while it is
 * read, and its language, to read it with a voice of that language.
 */
export interface Passage {
  el: HTMLElement;
  lang: string;
  text: string;
}

const BLOCK = /^(ADDRESS|ARTICLE|ASIDE|BLOCKQUOTE|CAPTION|DD|DETAILS|DIV|DL|DT|FIELDSET|FIGCAPTION|FIGURE|FORM|H[1-6]|LI|MAIN|OL|P|PRE|SECTION|SUMMARY|TABLE|TBODY|TD|TFOOT|TH|THEAD|TR|UL)$/;
const BLOCKS = 'address,article,aside,blockquote,caption,dd,details,div,dl,dt,fieldset,figcaption,figure,form,h1,h2,h3,h4,h5,h6,li,main,ol,p,pre,section,summary,table,td,th,tr,ul';
const SKIP = '[data-listen-skip],[aria-hidden="true"],.sr-only,nav,footer,header,script,style,template,noscript,svg,button,input,select,textarea';

const langOf = (el: Element) => el.closest<HTMLElement>('[lang]')?.lang || document.documentElement.lang;
const skipped = (el: Element) => el.matches(SKIP) || (el instanceof HTMLElement && (el.hidden || (el.checkVisibility ? !el.checkVisibility() : false)));

function inlineText(el: Element): string {
  let text = '';
  for (const node of el.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) text += node.textContent ?? '';
    else if (node instanceof Element && !skipped(node)) text += node.tagName === 'BR' ? ' ' : inlineText(node);
  }
  return text;
}

function walk(container: HTMLElement, out: Passage[]): void {
  const lang = langOf(container);
  let run = '';
  const flush = () => {
    if (run.trim()) out.push({ el: container, lang, text: run });
    run = '';
  };
  for (const node of container.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) run += node.textContent ?? '';
    if (!(node instanceof HTMLElement) || skipped(node)) continue;
    if (BLOCK.test(node.tagName) || node.querySelector(BLOCKS)) {
      flush();
      walk(node, out);
    } else if (node.tagName === 'BR') run += ' ';
    else if (langOf(node) !== lang) {
      // A name shown in another language (a fallback) is read by that language's voice.
      flush();
      out.push({ el: node, lang: langOf(node), text: inlineText(node) });
    } else run += inlineText(node);
  }
  flush();
}

export function passages(doc: Document): Passage[] {
  const out: Passage[] = [];
  for (const container of doc.querySelectorAll<HTMLElement>('[data-listen]')) {
    if (container.parentElement?.closest('[data-listen]') || skipped(container)) continue;
    walk(container, out);
  }
  return out;
}
