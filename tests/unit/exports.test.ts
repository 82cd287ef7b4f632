import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { sortEvents } from '../../src/lib/event-order.ts';
import { csvField, parseCsv, toCsv } from '../../src/lib/exports/csv.ts';
import { treatmentRecords, treatmentsCsv } from '../../src/lib/exports/treatment-records.ts';
import { cellStateAt, dimensionsOf, indexTreatments, opinionSourceIds } from '../../src/lib/treatments/index.ts';
import { withoutWhitespace } from '../../src/lib/evidence/quote.ts';
import { parseIsoDay } from '../../src/model/calendar-date.ts';
import { treatmentRecordSchema, treatmentsFileSchema } from '../../src/model/exports.ts';
import { readContent } from '../../src/validation/read-content.ts';
import { validateContent } from '../../src/validation/validate.ts';

const r = validateContent(readContent(resolve(import.meta.dirname, '../../content')));
if (!r.ok) throw new Error('seed invalid');
const index = indexTreatments(sortEvents(r.content.events).map((e) => e.data), dimensionsOf(r.content.reference), { opinionSources: opinionSourceIds(r.content.sources) });
const archive = (id: string) => withoutWhitespace(readFileSync(resolve(import.meta.dirname, '../../content/archive', `${id}.txt`), 'utf8'));

describe('treatment records', () => {
  const records = treatmentRecords(index);

  it('match the engine on every day of every period', () => {
    expect(records.length).toBeGreaterThan(20);
    for (const rec of records) {
      expect(treatmentRecordSchema.safeParse(rec).success).toBe(true);
      const key = { platform: rec.platform, surface: rec.surface, link: rec.linkKind };
      const days = [parseIsoDay(rec.validFrom), rec.validUntil ? parseIsoDay(rec.validUntil) - 1 : parseIsoDay('2030-01-01')];
      for (const day of days) {
        const s = cellStateAt(index, key, day);
        expect(s.level?.value ?? null).toBe(rec.level);
        expect(Object.fromEntries(Object.entries(s.capabilities).map(([k, v]) => [k, v.value]))).toEqual(rec.capabilities);
      }
      if (rec.validUntil) {
        // The next day something known differs, or a general change ended the values.
        const next = cellStateAt(index, key, parseIsoDay(rec.validUntil));
        const same = (next.level?.value ?? null) === rec.level && JSON.stringify(Object.fromEntries(Object.entries(next.capabilities).map(([k, v]) => [k, v.value]))) === JSON.stringify(rec.capabilities);
        const ended = index.statements.some((s) => s.ends && s.day === parseIsoDay(rec.validUntil!) && s.platform === rec.platform && s.surface === rec.surface && s.link === rec.linkKind);
        expect(same && !ended).toBe(false);
      }
    }
  });

  it('carry the evidence behind their values, each quote verbatim in its source, and cite its source', () => {
    for (const rec of records) {
      expect(rec.evidence.length).toBeGreaterThan(0);
      for (const e of rec.evidence) {
        expect(rec.sources).toContain(e.source);
        expect(archive(e.source)).toContain(withoutWhitespace(e.quote));
      }
      expect(new Set(rec.evidence.map((e) => `${e.source}|${e.quote}`)).size).toBe(rec.evidence.length);
    }
  });

  it('mark the values that rest on opinion alone, and only those', () => {
    const opinionSources = opinionSourceIds(r.content.sources);
    for (const rec of records) {
      const state = cellStateAt(index, { platform: rec.platform, surface: rec.surface, link: rec.linkKind }, parseIsoDay(rec.validFrom));
      const expected = [...(state.level ? [['level', state.level] as const] : []), ...Object.entries(state.capabilities)]
        .filter(([, a]) => a.statements.every((s) => s.sources.every((id) => opinionSources.has(id))))
        .map(([name]) => name);
      expect(new Set(rec.opinion), `${rec.platform}/${rec.surface}/${rec.linkKind} from ${rec.validFrom}`).toEqual(new Set(expected));
    }
    // The seed has values that rest only on Pei Pei's commentary (an opinion piece): Taobao's level in one-to-one chats from 17 September.
    const taobao = records.find((rec) => rec.platform === 'taobao' && rec.surface === 'private-chat' && rec.linkKind === 'general' && rec.validFrom === '2021-09-17')!;
    expect(taobao).toMatchObject({ level: 'plain-page', capabilities: { 'opens-directly': 'yes' } });
    expect(taobao.opinion).toEqual(expect.arrayContaining(['level', 'opens-directly']));
    expect(taobao.evidence.some((e) => e.source === 'pei-2021-09-19')).toBe(true);
    expect(records.some((rec) => rec.opinion.length === 0)).toBe(true);
  });

  it('leave cells no source speaks to out entirely', () => {
    expect(records.some((rec) => ['eleme', 'youku', 'beike'].includes(rec.platform) && rec.surface === 'group-chat')).toBe(false);
  });

  it('have a JSON Schema that accepts them and rejects a bad level', () => {
    const ajv = new Ajv2020({ strict: false });
    const validate = ajv.compile(z.toJSONSchema(treatmentRecordSchema) as object);
    for (const rec of records) expect(validate(rec), ajv.errorsText(validate.errors)).toBe(true);
    expect(validate({ ...records[0], validFrom: '2021-9-1' })).toBe(false);
    expect(validate({ ...records[0], capabilities: { 'opens-directly': 'maybe' } })).toBe(false);
    expect(z.toJSONSchema(treatmentsFileSchema)).toHaveProperty('properties.records');
  });

  it('survive the CSV round trip', () => {
    const caps = index.dims.capabilities;
    const rows = parseCsv(treatmentsCsv(records, caps));
    const [header, ...body] = rows;
    expect(header!.slice(0, 6)).toEqual(['platform', 'surface', 'link_kind', 'level', 'valid_from', 'valid_until']);
    expect(body).toHaveLength(records.length);
    body.forEach((row, i) => {
      const rec = records[i]!;
      expect(row.slice(0, 6)).toEqual([rec.platform, rec.surface, rec.linkKind, rec.level ?? '', rec.validFrom, rec.validUntil ?? '']);
      caps.forEach((c, j) => expect(row[6 + j]).toBe(rec.capabilities[c] ?? ''));
      expect(row.at(-4)!.split(';')).toEqual(rec.sources);
      expect(row.at(-2)).toBe(rec.opinion.join(';'));
      expect(row.at(-1)!.split('\n')).toEqual(rec.evidence.map((e) => `${e.source}: ${e.quote}`));
    });
    expect(header!.slice(-2)).toEqual(['opinion', 'evidence']);
  });
});

describe('CSV', () => {
  it('quotes only what needs quoting and round-trips commas, quotes, newlines and Chinese', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    const rows = [['微信，群聊', 'line\nbreak', '"quoted"', '']];
    const text = toCsv(['a', 'b', 'c', 'd'], rows);
    expect(text.startsWith('\uFEFF')).toBe(true);
    expect(parseCsv(text)).toEqual([['a', 'b', 'c', 'd'], ...rows]);
  });
});
