/** Fills {placeholders} in a message template; a missing value leaves its placeholder. Tiny on purpose: browser scripts import it without the date formatter. */
export function fill(template: string, vars: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}
