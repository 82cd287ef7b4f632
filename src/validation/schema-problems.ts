import type { z } from 'zod';
import { fieldPath, type Problem } from './problem.ts';
import type { YamlSource } from './yaml-source.ts';

/** A value as a message shows it: long text cut short. */
function describe(value: unknown): string {
  if (value === null) return 'empty (null)';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  return `${typeof value} ${String(value)}`;
}

const EXPECTED: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a group of fields',
  record: 'a group of fields (name: value)',
};

/** Messages in editors' words for zod's generic issues; field-specific messages win. */
const errorMap = (issue: z.core.$ZodRawIssue): string | undefined => {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      return `must be ${EXPECTED[issue.expected] ?? issue.expected}, not ${describe(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item${issue.minimum === 1 ? '' : 's'}`;
      if (issue.origin === 'string') return 'is empty: write the text, or leave the field out';
      return `must be at least ${String(issue.minimum)}`;
    case 'too_big':
      if (issue.origin === 'string') return `is too long: at most ${String(issue.maximum)} characters`;
      return `must be at most ${String(issue.maximum)}`;
    case 'invalid_value':
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}, not ${describe(issue.input)}`;
    case 'invalid_key':
      return `has a name that is not a valid id (${describe(issue.input)}): use lower-case letters, digits and single hyphens`;
    case 'invalid_union':
      return `is not in a form this field takes (${describe(issue.input)})`;
    default:
      return undefined;
  }
};

/**
 * Validates data against a schema and returns problems located by field (and line).
 * `prefix` places the data inside its file (e.g. [3] for the fourth item of a list).
 */
export function schemaProblems<S extends z.ZodType>(
  schema: S,
  data: unknown,
  file: string,
  yaml: YamlSource,
  prefix: readonly PropertyKey[] = [],
): { ok: true; value: z.output<S> } | { ok: false; problems: Problem[] } {
  const result = schema.safeParse(data, { error: errorMap, reportInput: true });
  if (result.success) return { ok: true, value: result.data };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeys(schema, issue.path);
      for (const key of issue.keys) {
        const full = [...path, key];
        const line = yaml.lineOf(full);
        problems.push({
          file,
          field: fieldPath(full),
          message: `is not a known field${known ? ` (known fields: ${known.join(', ')})` : ''}`,
          ...(line === undefined ? {} : { line }),
        });
      }
      continue;
    }
    const line = yaml.lineOf(path);
    problems.push({ file, field: fieldPath(path), message: issue.message, ...(line === undefined ? {} : { line }) });
  }
  return { ok: false, problems };
}

/** The field names an object schema accepts, for "unknown field" messages (top level only). */
function knownKeys(schema: z.ZodType, path: readonly PropertyKey[]): string[] | undefined {
  if (path.length > 0) return undefined;
  const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape;
  return shape ? Object.keys(shape) : undefined;
}
