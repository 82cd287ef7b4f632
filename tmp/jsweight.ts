import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
for (const page of process.argv.slice(2)) {
  const html = readFileSync(`dist/${page}index.html`, 'utf8');
  const seen = new Set<string>();
  const queue = [...html.matchAll(/src="(\/_astro\/[^"]+\.js)"/g)].map((m) => m[1]!);
  let inline = 0;
  for (const m of html.matchAll(/<script(?![^>]*src=)(?![^>]*application\/json)[^>]*>([\s\S]*?)<\/script>/g)) inline += gzipSync(m[1]!).length;
  for (const m of html.matchAll(/import\s*["'](\/_astro\/[^"']+\.js)["']/g)) queue.push(m[1]!);
  for (const m of html.matchAll(/from\s*["'](\/_astro\/[^"']+\.js)["']/g)) queue.push(m[1]!);
  let total = 0;
  while (queue.length) {
    const f = queue.shift()!;
    if (seen.has(f)) continue;
    seen.add(f);
    const js = readFileSync(`dist${f}`, 'utf8');
    total += gzipSync(js).length;
    for (const m of js.matchAll(/from\s*["']\.\/([^"']+\.js)["']|import\s*["']\.\/([^"']+\.js)["']|import\(["']\.\/([^"']+\.js)["']\)/g)) queue.push(`/_astro/${m[1] ?? m[2] ?? m[3]}`);
  }
  console.log(page, (total / 1024).toFixed(1), 'KB gz in', seen.size, 'files; inline', (inline / 1024).toFixed(1));
}
