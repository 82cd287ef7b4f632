/**
 * Rebuild after editing one event: 1,000 synthetic events built once (cold), then one event's
 * English summary and body edited and the site built again with Astro's content cache warm
 * (the same cache folder: Astro copies the pages whose cache key and code are unchanged). Budget: 5 s, for each kind of edit. The edit-and-rebuild is done three times (a
 * different event each time) and the fastest counts, since other work on the machine only
 * slows a build. A rebuild with nothing changed (also the fastest of 3) is printed beside it:
 * the fixed cost; and one after an edit to an event's English body alone (fastest of 3), which
 * only that event's page shows, and one after an edit to its English title alone (fastest of
 * 3), which the lists, the timeline and platform charts and its neighbours' pages show too.
 * Then the same three edits under `npm run build -- --watch` (scripts/watch.ts), timed from
 * the save to the rebuilt output.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateContent } from './generate-content.ts';
import type { Benchmark, Measure } from './run.ts';
import { describeSteps, fastest, siteBuild, watchedBuilds } from './support/builds.ts';
import { TMP } from './support/site.ts';

const EVENTS = 1000;
const BUDGET_S = 5;
const r2 = (n: number) => Math.round(n * 100) / 100;

/** What an edit changes: the English summary and body, the body alone, or the title alone. */
type Edit = 'summary and body' | 'body' | 'title';

/** Changes an event's English text, as an editor would. */
function editEvent(file: string, edit: Edit) {
  const replace = (text: string, from: string | RegExp, to: string) => {
    const edited = text.replace(from, to);
    if (edited === text) throw new Error(`could not edit ${file}: the generator's text changed`);
    return edited;
  };
  let text = readFileSync(file, 'utf8');
  if (edit === 'title') text = replace(text, /en: "Synthetic event (\d+): a link policy change"/, 'en: "Synthetic event $1: a link policy change, retitled"');
  else text = replace(text, 'describing a change of link policy.', 'describing a change of link policy, now edited.');
  if (edit === 'summary and body') text = replace(text, /en: "Synthetic event (\d+), generated for benchmarks\."/, 'en: "Synthetic event $1, generated for benchmarks and then edited."');
  writeFileSync(file, text);
}

const bench: Benchmark = {
  name: 'rebuild',
  description: `rebuild after editing one of ${EVENTS.toLocaleString('en')} events, content cache warm`,
  async run() {
    const content = join(TMP, `rebuild-content-${EVENTS}`);
    generateContent({ events: EVENTS, out: content, seed: 2 });
    const options = { content, out: join(TMP, `rebuild-site-${EVENTS}`), cache: join(TMP, `rebuild-cache-${EVENTS}`) };
    const cold = await siteBuild({ ...options, cold: true });
    const unchanged = await fastest(3, () => siteBuild({ ...options, cold: false }));

    let edits = 0;
    const editAndBuild = async (edit: Edit) => {
      const id = `synthetic-event-${Math.ceil(EVENTS / 2) + edits++}`;
      editEvent(join(content, 'events', `${id}.mdx`), edit);
      const run = await siteBuild({ ...options, cold: false });
      const shown = edit === 'title' ? 'a link policy change, retitled' : 'now edited';
      if (!readFileSync(join(options.out, 'en/events', id, 'index.html'), 'utf8').includes(shown)) {
        throw new Error(`the rebuilt site does not show the edit of ${id}`);
      }
      return run;
    };
    const warm = await fastest(3, () => editAndBuild('summary and body'));
    const bodyOnly = await fastest(3, () => editAndBuild('body'));
    const titleOnly = await fastest(3, () => editAndBuild('title'));

    // The same edits under `npm run build -- --watch`: each save built by a process that loaded
    // Astro before it, from the save to the rebuilt output. Each edit is made once the watcher
    // has its next build waiting (about a second after the last build), as after an editor's pause.
    const watcher = await watchedBuilds(options);
    const watched: Partial<Record<Edit, number>> = {};
    try {
      for (const edit of ['summary and body', 'body', 'title'] as const) {
        for (let i = 0; i < 3; i++) {
          const id = `synthetic-event-${Math.ceil(EVENTS / 2) + edits++}`;
          const seconds = await watcher.rebuildAfter(() => editEvent(join(content, 'events', `${id}.mdx`), edit));
          watched[edit] = Math.min(watched[edit] ?? Infinity, seconds);
        }
      }
    } finally {
      await watcher.stop();
    }

    const measures: Measure[] = [
      { metric: `first build, ${EVENTS} events (cold cache)`, value: r2(cold.seconds), unit: 's', note: describeSteps(cold) },
      { metric: 'rebuild, nothing changed', value: r2(unchanged.seconds), unit: 's', note: `fastest of 3: ${describeSteps(unchanged)}` },
      { metric: 'rebuild after editing one event', value: r2(warm.seconds), unit: 's', budget: { max: BUDGET_S }, note: `fastest of 3: ${describeSteps(warm)}` },
      { metric: "rebuild after editing one event's body alone", value: r2(bodyOnly.seconds), unit: 's', budget: { max: BUDGET_S }, note: `fastest of 3: ${describeSteps(bodyOnly)}` },
      { metric: "rebuild after editing one event's title alone", value: r2(titleOnly.seconds), unit: 's', budget: { max: BUDGET_S }, note: `fastest of 3: ${describeSteps(titleOnly)}` },
      { metric: 'watching: rebuild after editing one event', value: r2(watched['summary and body']!), unit: 's', budget: { max: BUDGET_S }, note: 'npm run build -- --watch, fastest of 3, from the save to the rebuilt output' },
      { metric: "watching: rebuild after editing one event's body alone", value: r2(watched.body!), unit: 's', budget: { max: BUDGET_S }, note: 'fastest of 3' },
      { metric: "watching: rebuild after editing one event's title alone", value: r2(watched.title!), unit: 's', budget: { max: BUDGET_S }, note: 'fastest of 3' },
    ];
    return measures;
  },
};

export default bench;
