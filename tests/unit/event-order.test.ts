/**
 * The events before and after one (src/lib/event-order.ts), which every event page links.
 */
import { describe, expect, it } from 'vitest';
import { neighbours, sortEvents } from '../../src/lib/event-order.ts';
import type { EventData } from '../../src/model/event.ts';

const event = (id: string, date: string, order = 0) => ({ data: { id, date, order } as unknown as EventData });

describe('neighbours', () => {
  const sorted = sortEvents([event('c', '2021-03-01'), event('a', '2021-01-01'), event('b', '2021-02-01'), event('b2', '2021-02-01', 1)]);

  it('are the events either side in time order, and none past either end', () => {
    expect(sorted.map((e) => e.data.id)).toEqual(['a', 'b', 'b2', 'c']);
    const ids = (n: ReturnType<typeof neighbours>) => [n.previous?.data.id, n.next?.data.id];
    expect(ids(neighbours(sorted, 'a'))).toEqual([undefined, 'b']);
    expect(ids(neighbours(sorted, 'b2'))).toEqual(['b', 'c']);
    expect(ids(neighbours(sorted, 'c'))).toEqual(['b2', undefined]);
    expect(neighbours(sorted, 'missing')).toEqual({});
  });

  it('follow a list changed after it was first asked (the lookup is remembered per list)', () => {
    const list = [...sorted];
    expect(neighbours(list, 'b')!.next!.data.id).toBe('b2');
    list.splice(2, 1);
    expect(neighbours(list, 'b')!.next!.data.id).toBe('c');
    expect(neighbours(list, 'c')!.previous!.data.id).toBe('b');
    expect(neighbours(list, 'b2')).toEqual({});
  });
});
