/**
 * Dark mode changes colours and nothing else: every rule that applies only in dark mode (the
 * reader's `prefers-color-scheme: dark`, or a page's data-theme="dark") sets colour properties
 * alone. The template gate relies on it: in dark mode it runs only axe's colour rules, since
 * every other rule sees the same page as in light mode (tests/e2e/templates.spec.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';

const STYLES = resolve(import.meta.dirname, '../../src/styles');

/** Properties that hold a colour (custom properties are checked by value). */
const COLOUR_PROPERTIES = new Set(['color', 'background-color', 'fill', 'stroke', 'border-color', 'outline-color', 'color-scheme', 'caret-color', 'text-decoration-color']);
const COLOUR_VALUE = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|oklch|color-mix)\(.*\)|var\(--[\w-]+\)|light|dark|transparent|currentcolor)$/i;

/** The declarations of every rule that applies only in dark mode, as [selector, property, value]. */
function darkDeclarations(css: string): [string, string, string][] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const out: [string, string, string][] = [];
  const rules = (block: string, inDark: boolean) => {
    let i = 0;
    while (i < block.length) {
      const open = block.indexOf('{', i);
      if (open === -1) break;
      const prelude = block.slice(i, open).trim();
      let depth = 1;
      let j = open + 1;
      for (; j < block.length && depth > 0; j++) depth += block[j] === '{' ? 1 : block[j] === '}' ? -1 : 0;
      const body = block.slice(open + 1, j - 1);
      if (prelude.startsWith('@')) rules(body, inDark || /prefers-color-scheme:\s*dark/.test(prelude));
      else if (inDark || /data-theme=['"]?dark/.test(prelude)) {
        for (const declaration of body.split(';')) {
          const colon = declaration.indexOf(':');
          if (colon > 0) out.push([prelude, declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()]);
        }
      }
      i = j;
    }
  };
  rules(text, false);
  return out;
}

it('dark mode sets colours only', () => {
  const files = readdirSync(STYLES).filter((f) => f.endsWith('.css'));
  const found = files.flatMap((f) => darkDeclarations(readFileSync(join(STYLES, f), 'utf8')).map((d) => [f, ...d] as const));
  expect(found.length).toBeGreaterThan(10);
  const notColour = found.filter(([, , property, value]) => !(property.startsWith('--') ? COLOUR_VALUE.test(value) : COLOUR_PROPERTIES.has(property) && COLOUR_VALUE.test(value)));
  expect(notColour.map(([f, selector, property, value]) => `${f}: ${selector} { ${property}: ${value} }`)).toEqual([]);
});

it('no component or layout brings dark-mode styles of its own', () => {
  const dirs = ['components', 'layouts', 'pages'].map((d) => resolve(import.meta.dirname, '../../src', d));
  const astro = dirs.flatMap((d) => (readdirSync(d, { recursive: true }) as string[]).filter((f) => f.endsWith('.astro')).map((f) => join(d, f)));
  const styled = astro.filter((f) => /<style[\s\S]*?(prefers-color-scheme|data-theme)[\s\S]*?<\/style>/.test(readFileSync(f, 'utf8')));
  expect(styled).toEqual([]);
});
