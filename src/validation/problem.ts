/** One thing wrong with the content, located precisely enough to fix. */
export interface Problem {
  /** The file, relative to the project (e.g. "content/events/group-chat-opening.mdx"). */
  readonly file: string;
  /** The field, as a path: "date", "title.en", "sources[1]"; "body" for the MDX body. */
  readonly field: string;
  /** What is wrong, in words an editor can act on. */
  readonly message: string;
  /** 1-based line in the file, when known. */
  readonly line?: number;
}

/** "content/events/x.mdx:4 — date: "2021-02-30" is not a real date: …" */
export function formatProblem(p: Problem): string {
  const where = p.line === undefined ? p.file : `${p.file}:${p.line}`;
  return `${where} — ${p.field}: ${p.message}`;
}

/** The whole report printed when content fails: one line per problem, and how many. */
export function formatReport(problems: readonly Problem[]): string {
  const n = problems.length;
  const lines = problems.map((p) => `  ✗ ${formatProblem(p)}`);
  return [`Content check failed: ${n} problem${n === 1 ? '' : 's'}`, ...lines].join('\n');
}

/** Field path in the form editors read: ["sources", 1] → "sources[1]", ["title","en"] → "title.en". */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${String(part)}` : String(part);
  }
  return out || '(file)';
}

/** Thrown when content fails its checks; the message is the full report. */
export class ContentError extends Error {
  readonly problems: readonly Problem[];
  constructor(problems: readonly Problem[]) {
    super(formatReport(problems));
    this.name = 'ContentError';
    this.problems = problems;
    // The report is the whole story (file, line and field): a tool that prints an error's
    // stack (Astro does, for an integration's) shows no frames of this code instead.
    this.stack = this.message;
  }
}
