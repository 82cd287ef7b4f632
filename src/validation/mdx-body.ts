import { createProcessor } from '@mdx-js/mdx';
import { BODY_COMPONENTS, BODY_LANGUAGE_BLOCKS } from '../model/event.ts';

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
  readonly issues: BodyIssue[];
  readonly citations: BodyCitation[];
}

/** Components that must point at a source, and through which attribute. */
const CITING: Record<string, string> = { Cite: 'src', Opinion: 'source' };

interface MdxNode {
  type: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: { line: number } };
}

const processor = createProcessor();

/**
 * Parses an event body as MDX and checks the house rules: it parses; it uses only the
 * provided components (no imports, no JavaScript expressions); it has a <Zh> and an <En>
 * block; every <Cite src> / <Opinion source> names a source.
 */
export function checkMdxBody(body: string): BodyReport {
  let tree: MdxNode;
  try {
    tree = processor.parse(body) as unknown as MdxNode;
  } catch (error) {
    const e = error as { reason?: string; message?: string; line?: number };
    const reason = (e.reason ?? e.message ?? String(error)).replace(/ \(\d+:\d+-\d+:\d+\)$/, '');
    return {
      issues: [{ message: `is not valid MDX: ${reason}`, ...(e.line ? { line: e.line } : {}) }],
      citations: [],
    };
  }

  const issues: BodyIssue[] = [];
  const citations: BodyCitation[] = [];
  const seenBlocks = new Set<string>();
  const allowed = new Set<string>(BODY_COMPONENTS);

  const visit = (node: MdxNode) => {
    const line = node.position?.start.line;
    const at = line === undefined ? {} : { line };
    if (node.type === 'mdxjsEsm') {
      issues.push({ message: 'must not import or export anything: the components are provided', ...at });
    } else if (node.type === 'mdxFlowExpression' || node.type === 'mdxTextExpression') {
      issues.push({ message: 'must not contain JavaScript expressions in { }; write plain text', ...at });
    } else if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') {
      const name = node.name ?? '(fragment)';
      if (!allowed.has(name)) {
        issues.push({
          message: `uses <${name}>, which is not an available component (use ${BODY_COMPONENTS.map((c) => `<${c}>`).join(', ')})`,
          ...at,
        });
      }
      seenBlocks.add(name);
      const attribute = CITING[name];
      if (attribute) {
        const attr = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === attribute);
        if (!attr || typeof attr.value !== 'string' || attr.value.trim() === '') {
          issues.push({ message: `<${name}> needs a ${attribute}="<source id>" attribute`, ...at });
        } else {
          citations.push({ component: name, attribute, id: attr.value.trim(), ...at });
        }
      }
    }
    node.children?.forEach(visit);
  };
  visit(tree);

  for (const [lang, block] of Object.entries(BODY_LANGUAGE_BLOCKS)) {
    if (!seenBlocks.has(block)) {
      issues.push({
        message: `has no <${block}> block: the body must tell the event in both languages (${lang === 'zh' ? 'Chinese in <Zh>…</Zh>' : 'English in <En>…</En>'})`,
      });
    }
  }
  return { issues, citations };
}
