import { describe, expect, it } from 'vitest';
import {
  clockStart,
  formatDuration,
  isLate,
  MINUTE_MS,
  type SlaMention,
  slaLabel,
  slaState,
  updateKnownLate,
} from '@/lib/sla';
import { DEFAULT_SLA_MINUTES } from '@/lib/store/schema';

const NOW = Date.UTC(2025, 5, 2, 12, 0);
const HOUR = 60 * MINUTE_MS;
const mention = (over: Partial<SlaMention> = {}): SlaMention => ({
  status: 'new',
  network: 'x',
  firstSeenAt: NOW - 2 * HOUR,
  ...over,
});
const en = (key: string, ...subs: (string | number)[]) => {
  const texts: Record<string, string> = {
    sla_dur_min: '$1 min',
    sla_dur_h: '$1 h',
    sla_dur_hmin: '$1 h $2',
    sla_dur_d: '$1 d',
    sla_dur_dh: '$1 d $2 h',
    sla_late_by: 'late by $1',
    sla_due_in: 'due in $1',
  };
  return (texts[key] ?? key).replace(/\$(\d)/g, (_, n) => String(subs[Number(n) - 1]));
};

describe('slaState', () => {
  it('counts from postedAt when the page gave it, else from firstSeenAt', () => {
    // Seen 10 minutes ago, posted 2 hours ago: late on X (1 h target).
    const posted = mention({ firstSeenAt: NOW - 10 * MINUTE_MS, postedAt: NOW - 2 * HOUR });
    expect(clockStart(posted)).toBe(NOW - 2 * HOUR);
    expect(slaState(posted, DEFAULT_SLA_MINUTES, NOW)).toEqual({
      kind: 'late',
      dueAt: NOW - HOUR,
      lateByMs: HOUR,
    });
    // Without postedAt the 10 minutes since it was seen count: not late.
    const seen = mention({ firstSeenAt: NOW - 10 * MINUTE_MS });
    expect(slaState(seen, DEFAULT_SLA_MINUTES, NOW)).toMatchObject({
      kind: 'ok',
      leftMs: 50 * MINUTE_MS,
    });
  });

  it('ignores a postedAt later than first seen (a page clock in the future)', () => {
    const skewed = mention({ firstSeenAt: NOW - 2 * HOUR, postedAt: NOW + HOUR });
    expect(clockStart(skewed)).toBe(NOW - 2 * HOUR);
    expect(isLate(skewed, DEFAULT_SLA_MINUTES, NOW)).toBe(true);
  });

  it('is never late once replied, ignored, escalated or answered by an interaction', () => {
    for (const status of ['replied', 'ignored', 'escalated'] as const) {
      expect(slaState(mention({ status }), DEFAULT_SLA_MINUTES, NOW)).toEqual({ kind: 'none' });
    }
    expect(isLate(mention({ status: 'seen' }), DEFAULT_SLA_MINUTES, NOW)).toBe(true);
    expect(isLate(mention({ status: 'seen' }), DEFAULT_SLA_MINUTES, NOW, true)).toBe(false);
  });

  it('is never late for a post that was already a week old when first seen (history, not a queue)', () => {
    const found = (ageAtSight: number) =>
      mention({ firstSeenAt: NOW - HOUR, postedAt: NOW - HOUR - ageAtSight });
    expect(isLate(found(6 * 24 * HOUR), DEFAULT_SLA_MINUTES, NOW)).toBe(true);
    expect(slaState(found(8 * 24 * HOUR), DEFAULT_SLA_MINUTES, NOW)).toEqual({ kind: 'none' });
    // A mention Vigie saw fresh stays late however long it waits.
    expect(isLate(mention({ firstSeenAt: NOW - 30 * 24 * HOUR }), DEFAULT_SLA_MINUTES, NOW)).toBe(
      true,
    );
  });

  it('is never late on a network without a target', () => {
    expect(slaState(mention(), { facebook: 60 }, NOW)).toEqual({ kind: 'none' });
    expect(slaState(mention({ firstSeenAt: 0 }), {}, NOW)).toEqual({ kind: 'none' });
  });

  it('is due soon in the last quarter of the target, late one millisecond after it', () => {
    const target = { x: 60 };
    expect(slaState(mention({ firstSeenAt: NOW - 44 * MINUTE_MS }), target, NOW).kind).toBe('ok');
    expect(slaState(mention({ firstSeenAt: NOW - 45 * MINUTE_MS }), target, NOW).kind).toBe(
      'due-soon',
    );
    expect(slaState(mention({ firstSeenAt: NOW - HOUR }), target, NOW).kind).toBe('due-soon');
    expect(slaState(mention({ firstSeenAt: NOW - HOUR - 1 }), target, NOW).kind).toBe('late');
  });
});

describe('formatDuration and slaLabel', () => {
  it('reads like a CM writes it', () => {
    expect(formatDuration(80 * MINUTE_MS, en)).toBe('1 h 20');
    expect(formatDuration(65 * MINUTE_MS, en)).toBe('1 h 05');
    expect(formatDuration(2 * HOUR, en)).toBe('2 h');
    expect(formatDuration(12 * MINUTE_MS - 1, en)).toBe('12 min');
    expect(formatDuration(1, en)).toBe('1 min');
    expect(formatDuration(51 * HOUR, en)).toBe('2 d 3 h');
    expect(formatDuration(48 * HOUR, en)).toBe('2 d');
  });

  it('labels late and due-soon states only', () => {
    const late = slaState(mention({ firstSeenAt: NOW - 140 * MINUTE_MS }), { x: 60 }, NOW);
    expect(slaLabel(late, en)).toBe('late by 1 h 20');
    const soon = slaState(mention({ firstSeenAt: NOW - 48 * MINUTE_MS }), { x: 60 }, NOW);
    expect(slaLabel(soon, en)).toBe('due in 12 min');
    expect(slaLabel({ kind: 'none' }, en)).toBeNull();
    expect(slaLabel(slaState(mention({ firstSeenAt: NOW }), { x: 60 }, NOW), en)).toBeNull();
  });
});

describe('updateKnownLate', () => {
  it('reports a mention once, the first time it is late', () => {
    const first = updateKnownLate({}, ['a', 'b'], NOW);
    expect(first.fresh).toEqual(['a', 'b']);
    const second = updateKnownLate(first.known, ['a', 'b', 'c'], NOW + MINUTE_MS);
    expect(second.fresh).toEqual(['c']);
    // Answered (gone from the late list), then late again: still not twice.
    const third = updateKnownLate(second.known, ['c'], NOW + 2 * MINUTE_MS);
    const fourth = updateKnownLate(third.known, ['a', 'c'], NOW + 3 * MINUTE_MS);
    expect(third.fresh).toEqual([]);
    expect(fourth.fresh).toEqual([]);
  });

  it('forgets entries after three months', () => {
    const { known } = updateKnownLate({}, ['a'], NOW);
    const later = updateKnownLate(known, [], NOW + 91 * 24 * HOUR);
    expect(later.known).toEqual({});
  });
});
