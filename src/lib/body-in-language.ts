/**
 * An event body as one language's page reads it. A body tells the event in each language
 * inside its own block (<Zh>…</Zh>, <En>…</En>; src/model/event.ts), and a page shows its
 * language's block alone (src/build/event-body.ts). Used for what a page's cache key and the
 * build's content stamps cover, so that an edit to the English text leaves the Chinese pages
 * as they were.
 */
import { BODY_LANGUAGE_BLOCKS } from '../model/event.ts';
import { LANGS, type Lang } from '../model/lang.ts';

/** The tags that open and close a language's block in an event body: "<En>", "</En>". */
const blockTags = (lang: Lang) => [`<${BODY_LANGUAGE_BLOCKS[lang]}>`, `</${BODY_LANGUAGE_BLOCKS[lang]}>`] as const;

const occurrences = (text: string, part: string) => text.split(part).length - 1;

/**
 * Whether the block's tags are the only text that looks like them: "<En" and "</En" each occur
 * once, as "<En>" and "</En>", the opening first. A tag written otherwise ("<En >", across
 * lines) or any look-alike (quoted in code, in a comment, escaped, "<Enter>") makes a second
 * occurrence or none, and the body is not cut.
 */
function onlyTags(body: string, [open, close]: readonly [string, string]): boolean {
  const openStart = open.slice(0, -1);
  const closeStart = close.slice(0, -1);
  return (
    occurrences(body, openStart) === 1 &&
    occurrences(body, open) === 1 &&
    occurrences(body, closeStart) === 1 &&
    occurrences(body, close) === 1 &&
    body.indexOf(open) < body.indexOf(close)
  );
}

/**
 * An event body as `lang`'s page reads it: without the other languages' blocks (<Zh>…</Zh>,
 * <En>…</En>), whatever else it holds kept. Only a body whose block tags are the only text
 * that looks like them is cut (the content check's bodies are written so); any other body is
 * returned whole, so that nothing `lang`'s page shows is ever cut away.
 */
export function bodyInLanguage(body: string, lang: Lang): string {
  if (!body.includes('<')) return body;
  if (!LANGS.every((l) => onlyTags(body, blockTags(l)))) return body;
  let kept = body;
  for (const other of LANGS) {
    if (other === lang) continue;
    const [open, close] = blockTags(other);
    kept = kept.slice(0, kept.indexOf(open)) + kept.slice(kept.indexOf(close) + close.length);
  }
  return kept;
}
