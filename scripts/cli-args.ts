/**
 * Command-line options for the project's commands (build, pdf, serve, the benchmarks' content
 * generator): Node's parseArgs, strict, with `--help` printing the command's usage, and an
 * unknown option or a missing value reported with the usage and exit code 2, never as a
 * stack trace; and the check that an output folder a command replaces is not one it must
 * never delete.
 */
import { resolve } from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { inside } from './paths.ts';

/** What parseArgs gives for these options. */
export type CliValues<T extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: T }>>['values'];

/** The message of a parseArgs error (an unknown option, a missing value), or undefined for any other error. */
export function cliError(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_') ? (error as Error).message : undefined;
}

/** The project's folders a command must never empty or replace: its content, its code, its packages and history. */
export const KEPT_FOLDERS = ['content', 'src', 'scripts', 'tests', 'node_modules', '.git'] as const;

/**
 * Why `out` may not be a folder a command empties or replaces, or undefined if it may: it
 * must be named, and be neither the project folder nor one holding it, nor one of `kept`
 * (the content, the code) or inside one.
 */
export function unsafeOutput(option: string, out: string | undefined, project: string, kept: readonly string[] = KEPT_FOLDERS): string | undefined {
  if (!out?.trim()) return `${option} must name a folder`;
  const path = resolve(project, out);
  if (inside(path, project)) return `${option} ${out} is the project folder or holds it, and would be replaced`;
  const keep = kept.find((folder) => inside(resolve(project, folder), path));
  return keep ? `${option} ${out} is in ${keep}, which the command must not replace` : undefined;
}

/** Says what was wrong with the command line, then the command's usage, and exits with code 2. */
export function usageError(message: string, usage: string): never {
  console.error(`${message}\n${usage}`);
  process.exit(2);
}

/**
 * The options given on the command line. `--help` (or `-h`) prints `usage` and exits; an
 * option the command does not know, or one without its value, prints what was wrong and
 * `usage`, and exits with code 2.
 */
export function cliArgs<T extends ParseArgsOptionsConfig>(usage: string, options: T, args: readonly string[] = process.argv.slice(2)): CliValues<T> {
  if (args.includes('--help') || args.includes('-h')) {
    console.log(usage);
    process.exit(0);
  }
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false }).values;
  } catch (error) {
    const message = cliError(error);
    if (message === undefined) throw error;
    usageError(message, usage);
  }
}
