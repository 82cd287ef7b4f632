/**
 * An event's MDX body as the HTML of one language's page.
 *
 * The body is compiled with Sätteri, the compiler Astro's MDX support uses, with Astro's
 * defaults (GitHub-flavoured Markdown, smart punctuation, ids on headings; code blocks are
 * left plain rather than coloured), and run with a small JSX runtime that writes HTML with
 * the site's HTML builder (src/charts/html/markup.ts), which escapes text as Astro does. The
 * body's components (<Zh>, <En>, <Cite>, <Q>, <Opinion>; src/model/event.ts) are functions
 * here.
 *
 * The content check (src/validation/mdx-body.ts) admits only these components, with literal
 * attributes, and no expressions, imports or raw HTML, so the compiled body is only calls
 * with string literals.
 *
 * Node only (Sätteri is a native module). The events collection keeps bodies as text
 * (src/build/content-loaders.ts), so no body is bundled as a module of its own.
 */
import Slugger from 'github-slugger';
import { defineHastPlugin, evaluate } from 'satteri';
import { esc, fragment, h, raw, VOID_ELEMENT, type Html } from '../charts/html/markup.ts';
import { opinionBadge } from '../charts/html/treatment-pieces.ts';
import { translator } from '../i18n/ui.ts';
import { recentlyUsed } from '../lib/recently-used.ts';
import { sourceAnchor } from '../lib/urls.ts';
import type { Lang } from '../model/lang.ts';

/** How the page numbers and credits one of the event's sources. */
export interface BodyCitation {
  /** Its number in the page's list of sources, from 1. */
  readonly n: number;
  /** Who the source is by, as the page credits it. */
  readonly by: string;
}

export interface BodyContext {
  readonly lang: Lang;
  /** The event's sources by id. */
  readonly citations: ReadonlyMap<string, BodyCitation>;
}

type Props = { readonly children?: Parameters<typeof fragment>[0] } & Record<string, unknown>;
type Component = (props: Props) => Html;

/** HTML attributes written as a bare name when true and left out when false. */
const BOOLEAN_ATTRIBUTE = /^(?:allowfullscreen|async|autofocus|autoplay|checked|controls|default|defer|disabled|formnovalidate|inert|loop|muted|nomodule|novalidate|open|playsinline|readonly|required|reversed|selected)$/i;

/** A style object (a table cell's alignment) as CSS text: { textAlign: 'left' } → "text-align:left". */
const styleText = (style: Record<string, unknown>) =>
  Object.entries(style)
    .filter(([, value]) => (typeof value === 'string' && value.trim()) || typeof value === 'number')
    .map(([key, value]) => `${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}:${String(value)}`)
    .join(';');

/** An element's attributes as the compiled Markdown gives them (as Astro wrote them). */
function attributes(props: Props): string {
  let out = '';
  for (const [name, value] of Object.entries(props)) {
    if (name === 'children' || value === null || value === undefined) continue;
    if (BOOLEAN_ATTRIBUTE.test(name)) out += value ? ` ${name}` : '';
    else if (value === '') out += ` ${name}`;
    else out += ` ${name}="${esc(name === 'style' && typeof value === 'object' ? styleText(value as Record<string, unknown>) : String(value))}"`;
  }
  return out;
}

const Fragment = Symbol('Fragment');

/** The compiled body calls this for every element: a tag name, one of `components`, or Fragment. */
function jsx(element: unknown, attributesAndChildren: unknown): Html {
  const props = attributesAndChildren as Props;
  if (element === Fragment) return fragment(props.children);
  if (typeof element === 'function') return (element as Component)(props);
  const type = String(element);
  const inner = fragment(props.children).html;
  return raw(inner === '' && VOID_ELEMENT.test(type) ? `<${type}${attributes(props)}>` : `<${type}${attributes(props)}>${inner}</${type}>`);
}

/** Ids on headings, as Astro gives them (github-slugger, unique within the body). */
const headingIds = defineHastPlugin({
  name: 'heading-ids',
  element: {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    visit(node, ctx) {
      const slugger = ((ctx.data as { slugger?: Slugger }).slugger ??= new Slugger());
      if (typeof node.properties?.id !== 'string') ctx.setProperty(node, 'id', slugger.slug(ctx.textContent(node)));
    },
  },
});

/** The body components, for one page. */
function components({ lang, citations }: BodyContext): Record<string, Component> {
  const t = translator(lang);
  const cited = (component: string, attribute: string, id: unknown) => {
    const citation = citations.get(String(id));
    if (!citation) throw new Error(`<${component} ${attribute}="${String(id)}"> names a source this event does not list`);
    return citation;
  };
  const anchor = (id: unknown) => `#${sourceAnchor(String(id))}`;
  const block = (show: boolean, code: string) => (props: Props) => (show ? h('div', { class: 'body-lang', lang: code }, props.children) : raw(''));
  return {
    Zh: block(lang === 'zh', 'zh-CN'),
    En: block(lang === 'en', 'en'),
    Q: (props) => h('q', { class: 'quote' }, props.children),
    Cite: ({ src }) => h('sup', { class: 'cite' }, h('a', { href: anchor(src) }, h('span', { class: 'visually-hidden' }, t('event.cite')), `[${cited('Cite', 'src', src).n}]`)),
    Opinion: ({ source, children }) => {
      const { n, by } = cited('Opinion', 'source', source);
      const label = t('event.opinion');
      return h('aside', { class: 'opinion', 'aria-label': label }, h('p', { class: 'opinion__label' }, opinionBadge(label), ' ', h('a', { href: anchor(source) }, `${by} [${n}]`)), children);
    },
  };
}

type Content = (props: { components: Record<string, Component> }) => Html;

/**
 * Bodies compiled last: an event's pages in both languages are rendered one after the other
 * and run the same compiled body with their own components, so each body is compiled once.
 */
const compiledBodies = recentlyUsed<string, Content>(8);

/** The HTML of an event's body (the MDX after the frontmatter) on a page in `context.lang`. */
export function eventBodyHtml(body: string, context: BodyContext): string {
  let Content = compiledBodies.get(body);
  if (!Content) compiledBodies.set(body, (Content = compile(body)));
  return Content({ components: components(context) }).html;
}

function compile(body: string): Content {
  const compiled = evaluate(body, {
    Fragment,
    jsx,
    jsxs: jsx,
    features: { gfm: true, smartPunctuation: true },
    hastPlugins: [headingIds],
    elementAttributeNameCase: 'html',
    data: {},
  });
  if (compiled instanceof Promise) throw new Error('an event body compiled asynchronously: a body plugin became async');
  return compiled.default as Content;
}
