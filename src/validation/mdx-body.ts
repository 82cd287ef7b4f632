import { createRequire } from 'node:module';
import { BODY_COMPONENTS, BODY_LANGUAGE_BLOCKS } from '../model/event.ts';
import { hasVisibleText } from '../model/text.ts';
import { remembered } from './parse-memo.ts';

/** A problem found in an MDX body; `line` is relative to the body's first line (1-based). */
export interface BodyIssue {
  readonly message: string;
  readonly line?: number;
}

/** What the body cites, so the caller can check the ids against the event's sources. */
export interface BodyCitation {
  readonly component: string;
  readonly attribute: string;
  readonly id: string;
  readonly line?: number;
}

export interface BodyReport {
  readonly issues: readonly BodyIssue[];
  readonly citations: readonly BodyCitation[];
}

/** The attributes each component takes (all required, all text); the others take none. */
const ATTRIBUTES: Record<string, readonly string[]> = { Cite: ['src'], Opinion: ['source'] };

interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  identifier?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
  data?: { estree?: { body: unknown[] } };
}

type Processor = ReturnType<typeof import('@mdx-js/mdx').createProcessor>;
let processor: Processor | undefined;
/**
 * The MDX parser, loaded when a body is first parsed: a build whose bodies are all in the
 * parse memo (./parse-memo.ts) never loads it, and loading it takes 0.3 s.
 */
function mdxProcessor(): Processor {
  processor ??= (createRequire(import.meta.url)('@mdx-js/mdx') as typeof import('@mdx-js/mdx')).createProcessor();
  return processor;
}

/** Any site-relative address resolves to this origin; anything else names another place. */
const SITE = new URL('https://site.invalid/');

/** How the browser reads an address (tabs and line breaks dropped, as browsers do). */
function resolveUrl(url: string): URL | undefined {
  try {
    return new URL(url, SITE);
  } catch {
    return undefined;
  }
}

/** Links may lead to the web (http, https), to e-mail, or within the site. */
function linkAllowed(url: string): boolean {
  const u = resolveUrl(url);
  return u !== undefined && (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'mailto:');
}

/** Images may come only from the site itself. */
function imageAllowed(url: string): boolean {
  return resolveUrl(url)?.origin === SITE.origin;
}

/**
 * A body is shown on pages at several depths (/events/…, /en/events/…), so an image is named
 * from the site's root: a relative address would lead somewhere else from each page.
 */
const fromRoot = (url: string) => url.trimStart().startsWith('/');

function imageIssue(url: string): string | undefined {
  if (!imageAllowed(url)) return `shows the image "${url}": images may come only from this site (a path such as /images/…), never from another site`;
  if (!fromRoot(url)) return `shows the image "${url}" by a relative address, which leads elsewhere from each page that shows the body: write it from the site's root, such as /images/…`;
  return undefined;
}

/** MDX's own words for a syntax error, with the fix an editor of this site can make. */
function syntaxMessage(reason: string): string {
  if (reason.includes('to create a comment in MDX')) {
    return 'has an HTML comment (<!-- … -->), which MDX does not allow: write an editors\' note as {/* … */} (it is left out of the page), or delete it';
  }
  const text = reason.replace(/ \(\d+:\d+-\d+:\d+\)$/, '');
  if (/before name|after name|in name/.test(text)) {
    return `is not valid MDX: ${text} — a "<" followed by a letter starts a component; to write the character itself, put a backslash before it (\\<)`;
  }
  if (/expression|brace/.test(text)) {
    return `is not valid MDX: ${text} — a "{" starts an expression, which the body may not hold; to write the character itself, put a backslash before it (\\{)`;
  }
  return `is not valid MDX: ${text}`;
}

/** The visible text inside a node. */
function textOf(node: MdxNode): string {
  if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') return String(node.value ?? '');
  return (node.children ?? []).map(textOf).join('');
}

/**
 * Parses an event body as MDX and checks it against the house whitelist: only the provided
 * components, with the attributes they take written as text; no imports or exports, no
 * JavaScript anywhere (expressions in text, in attributes, or spread; a comment {/* … *\/}
 * is allowed, as it is no code); links only to http(s), mailto or the site; images only from
 * the site; a <Zh> and an <En> block, each with text; every <Cite src> / <Opinion source>
 * names a source.
 */
export function checkMdxBody(body: string): BodyReport {
  // Parsing is most of a check's time. Between builds, the build's memo (./parse-memo.ts)
  // holds the reports; within one process (`astro dev` re-checks after an edit), this map.
  return remembered('mdx', body, () => {
    const known = checked.get(body);
    if (known) return known;
    if (checked.size >= 2000) checked.clear();
    const report = checkBody(body);
    checked.set(body, report);
    return report;
  });
}

const checked = new Map<string, BodyReport>();

function checkBody(body: string): BodyReport {
  let tree: MdxNode;
  try {
    tree = mdxProcessor().parse(body) as unknown as MdxNode;
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number };
    return {
      issues: [{ message: syntaxMessage(e.reason ?? e.message ?? String(error)), ...(e.line ? { line: e.line } : {}) }],
      citations: [],
    };
  }

  const issues: BodyIssue[] = [];
  const citations: BodyCitation[] = [];
  const blocks = new Map<string, boolean>();
  const allowed = new Set<string>(BODY_COMPONENTS);
  const definitions = new Map<string, string>();
  const imageReferences: MdxNode[] = [];

  const visit = (node: MdxNode) => {
    const line = node.position?.start.line;
    const at = line === undefined ? {} : { line };
    const issue = (message: string) => issues.push({ message, ...at });
    switch (node.type) {
      case 'mdxjsEsm':
        issue('must not import or export anything: the components are provided');
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        // A comment alone ({/* … */}) is no code: MDX leaves it out of the page.
        if ((node.data?.estree?.body.length ?? 1) > 0) issue('must not contain JavaScript expressions in { }; write plain text');
        break;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement': {
        const name = node.name ?? '';
        if (!allowed.has(name)) {
          issue(`uses <${name}>, which is not an available component (use ${BODY_COMPONENTS.map((c) => `<${c}>`).join(', ')})`);
          break;
        }
        const takes = ATTRIBUTES[name] ?? [];
        const usage = takes.length ? `<${name}> takes only ${takes.map((a) => `${a}="…"`).join(' ')}` : `<${name}> takes no attributes`;
        for (const attr of node.attributes ?? []) {
          if (attr.type !== 'mdxJsxAttribute') issue(`<${name} {…}>: spreading attributes is JavaScript, which the body may not hold; ${usage}`);
          else if (!takes.includes(attr.name ?? '')) issue(`<${name} ${attr.name}>: ${usage}`);
          else if (typeof attr.value !== 'string') issue(`<${name} ${attr.name}=…>: write the value as text in quotes (${attr.name}="source-id"), not as {…} or without a value`);
        }
        for (const attribute of takes) {
          const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === attribute);
          if (!attr) issue(`<${name}> needs a ${attribute}="<source id>" attribute`);
          else if (typeof attr.value === 'string') {
            if (attr.value.trim() === '') issue(`<${name}> needs a ${attribute}="<source id>" attribute`);
            else citations.push({ component: name, attribute, id: attr.value.trim(), ...at });
          }
        }
        if (Object.values(BODY_LANGUAGE_BLOCKS).includes(name as never)) {
          const visible = hasVisibleText(textOf(node));
          blocks.set(name, (blocks.get(name) ?? false) || visible);
          if (!visible) issue(`<${name}> is empty: write the event's telling in it`);
        }
        break;
      }
      case 'link':
        if (!linkAllowed(node.url ?? '')) issue(`links to "${node.url}": a link may lead only to an http(s) or mailto address, or to a page of this site`);
        break;
      case 'definition':
        definitions.set(node.identifier ?? '', node.url ?? '');
        if (!linkAllowed(node.url ?? '')) issue(`defines a link to "${node.url}": a link may lead only to an http(s) or mailto address, or to a page of this site`);
        break;
      case 'image': {
        const problem = imageIssue(node.url ?? '');
        if (problem) issue(problem);
        break;
      }
      case 'imageReference':
        imageReferences.push(node);
        break;
    }
    node.children?.forEach(visit);
  };
  visit(tree);

  for (const node of imageReferences) {
    const url = definitions.get(node.identifier ?? '');
    const problem = url === undefined ? undefined : imageIssue(url);
    if (problem) issues.push({ message: problem, ...(node.position ? { line: node.position.start.line } : {}) });
  }
  for (const [lang, block] of Object.entries(BODY_LANGUAGE_BLOCKS)) {
    if (!blocks.has(block)) {
      issues.push({
        message: `has no <${block}> block: the body must tell the event in both languages (${lang === 'zh' ? 'Chinese in <Zh>…</Zh>' : 'English in <En>…</En>'})`,
      });
    }
  }
  return { issues, citations };
}
