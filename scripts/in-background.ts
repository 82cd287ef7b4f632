/**
 * A worker thread of the build at a low CPU priority (nice 10: far below Astro's thread,
 * above the deleter of the last output at 19), then the module it was started for (its
 * first argument). Workers run beside Astro on a machine of two cores or so: at the
 * same priority as Astro's thread they take a share of its core too, and Astro waits for
 * them only at the end. On Linux a thread's priority is its own, and a process it starts
 * (Pagefind) inherits it.
 */
import { setPriority } from 'node:os';

try {
  setPriority(10);
} catch {
  // Not permitted here: it runs at the build's priority.
}
await import(process.argv[2]!);
