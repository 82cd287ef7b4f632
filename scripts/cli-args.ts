/**
 * Command-line options for the project's commands (build, pdf, serve, the benchmarks' content
 * generator): Node's parseArgs, strict, with `--help` printing the command's usage, and a
 * mistyped option or a missing value reported in one line with the usage and exit code 2,
 * never as a stack trace.
 */
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';

/** What parseArgs gives for these options. */
export type CliValues<T extends ParseArgsOptionsConfig> = ReturnType<typeof parseArgs<{ options: T }>>['values'];

/** The message for a parseArgs error, without Node's advice on positional arguments (these commands take none). */
export function cliError(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS_')) return undefined;
  const message = (error as Error).message;
  const cut = message.indexOf('. To specify a positional argument');
  return cut === -1 ? message : `${message.slice(0, cut)}.`;
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
    console.error(`${message}\n${usage}`);
    process.exit(2);
  }
}
