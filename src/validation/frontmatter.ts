/**
 * Splits an MDX file into its YAML frontmatter and body, remembering where the body starts
 * so problems in either can be reported with the file's own line numbers.
 */
export interface SplitFile {
  readonly frontmatter: string;
  /** 1-based line of the first frontmatter line (after the opening ---). */
  readonly frontmatterLine: number;
  readonly body: string;
  /** 1-based line on which the body starts. */
  readonly bodyLine: number;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^---[ \t]*$/m;

export function splitFrontmatter(text: string): SplitFile | undefined {
  const open = OPEN.exec(text);
  if (!open) return undefined;
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) return undefined;
  const frontmatter = rest.slice(0, close.index);
  const afterClose = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  const linesBefore = (s: string) => s.split('\n').length - 1;
  const bodyLine = 1 + linesBefore(text.slice(0, text.length - afterClose.length));
  return { frontmatter, frontmatterLine: 2, body: afterClose, bodyLine };
}
