import { describe, expect, it } from 'vitest';
import { interactionColumns, mentionColumns } from '@/lib/reports/columns';
import { computeReport } from '@/lib/reports/compute';
import { localMidnight } from '@/lib/reports/days';
import { median, percentile } from '@/lib/reports/stats';
import type {
  ReportIncident,
  ReportInput,
  ReportInteraction,
  ReportMention,
} from '@/lib/reports/types';

const PARIS = 'Europe/Paris';
const MIN = 60_000;
/** March 2025 in Paris (UTC+1): day `d` at hh:mm local. */
const P = (d: number, hh = 0, mm = 0) => localMidnight(2025, 3, d, PARIS) + (hh * 60 + mm) * MIN;

function mention(id: string, fields: Partial<ReportMention>): ReportMention {
  return {
    id,
    network: 'x',
    watchlistIds: ['w1'],
    risk: { level: 'none' },
    status: 'new',
    firstSeenAt: 0,
    ...fields,
  };
}

function reply(fields: Partial<ReportInteraction>): ReportInteraction {
  return { network: 'x', status: 'sent', createdAt: 0, ...fields };
}

const mentions: ReportMention[] = [
  mention('m1', { firstSeenAt: P(1, 10), risk: { level: 'high' } }),
  // 23:30 UTC on the 1st is 00:30 on the 2nd in Paris; published 20 minutes before it was seen.
  mention('m2', {
    firstSeenAt: Date.UTC(2025, 2, 1, 23, 30),
    postedAt: Date.UTC(2025, 2, 1, 23, 10),
    watchlistIds: ['w1', 'w2'],
    risk: { level: 'medium' },
  }),
  mention('m3', { firstSeenAt: P(2, 12), risk: { level: 'low' } }),
  mention('m4', { firstSeenAt: P(3, 9) }),
  mention('m5', { firstSeenAt: P(1, 8), network: 'facebook', watchlistIds: [], status: 'replied' }),
  mention('m6', { firstSeenAt: P(3, 15), watchlistIds: ['gone'] }),
  mention('m7', { firstSeenAt: P(1) - 1 }),
  mention('m8', { firstSeenAt: P(5, 23), risk: { level: 'low' } }),
];

const interactions: ReportInteraction[] = [
  reply({
    mentionId: 'm1',
    createdAt: P(1, 10, 25),
    sentAt: P(1, 10, 30),
    templateId: 't1',
    templateVersion: 2,
  }),
  reply({
    mentionId: 'm2',
    status: 'marked-replied',
    createdAt: Date.UTC(2025, 2, 1, 23, 30) + 100 * MIN,
  }),
  reply({
    mentionId: 'm5',
    network: 'facebook',
    status: 'inserted',
    createdAt: P(1, 9),
    templateId: 't2',
    templateVersion: 1,
  }),
  reply({
    mentionId: 'm6',
    createdAt: P(3, 15, 5),
    sentAt: P(3, 15, 10),
    templateId: 't1',
    templateVersion: 2,
  }),
  reply({
    mentionId: 'm6',
    createdAt: P(3, 15, 45),
    sentAt: P(3, 15, 50),
    templateId: 't2',
    templateVersion: 1,
  }),
  reply({ mentionId: 'm7', createdAt: P(1) - 1 }),
  reply({ mentionId: 'm4', status: 'marked-ignored', createdAt: P(3, 10) }),
  // After the range: answers m8 (seen in it) but is not one of the range's replies.
  reply({ mentionId: 'm8', createdAt: P(6, 0, 30), templateId: 't1', templateVersion: 2 }),
];

const incidents: ReportIncident[] = [
  { category: 'technical-mishap', severity: 2, createdAt: P(1, 11) },
  { category: 'technical-mishap', severity: 3, createdAt: P(1, 12) },
  { category: 'rumour', severity: 4, createdAt: P(3, 1) },
  { category: 'rumour', severity: 1, createdAt: P(1) - 5 },
];

type Overrides = Partial<Omit<ReportInput, 'mentions' | 'interactions'>> & {
  mentions?: ReportMention[];
  interactions?: ReportInteraction[];
};

/** Records as the cache keeps them: columns, in chunks (mentions split in two). */
const input = ({
  mentions: m = mentions,
  interactions: i = interactions,
  ...overrides
}: Overrides = {}): ReportInput => ({
  from: P(1),
  to: P(6),
  timeZone: PARIS,
  now: P(20),
  mentions: [mentionColumns(m.slice(0, 3)), mentionColumns(m.slice(3))],
  interactions: [interactionColumns(i)],
  incidents,
  watchlists: [
    { id: 'w1', name: 'Brand' },
    { id: 'w2', name: 'Rival' },
    { id: 'w3', name: 'Quiet' },
  ],
  templateTitle: (id) => ({ t1: 'Thanks', t2: 'Apology' })[id],
  slaMinutes: { x: 60, facebook: 240 },
  ...overrides,
});

describe('order statistics', () => {
  it('takes the median of odd and even counts', () => {
    expect(median(new Float64Array([10, 30, 120]))).toBe(30);
    expect(median(new Float64Array([5, 15, 25, 100]))).toBe(20);
    expect(median(new Float64Array([]))).toBeNull();
  });

  it('takes the nearest-rank p90', () => {
    expect(percentile(new Float64Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), 90)).toBe(9);
    expect(percentile(new Float64Array([10, 30, 90, 120]), 90)).toBe(120);
    expect(percentile(new Float64Array([7]), 90)).toBe(7);
    expect(percentile(new Float64Array([]), 90)).toBeNull();
  });
});

describe('computeReport', () => {
  const report = computeReport(input());

  it('lists every local day, the empty one included', () => {
    expect(report.days).toEqual([
      '2025-03-01',
      '2025-03-02',
      '2025-03-03',
      '2025-03-04',
      '2025-03-05',
    ]);
  });

  it('counts mentions per day and network in the CM’s zone', () => {
    expect(report.mentionsByNetwork.rows).toEqual([
      { key: 'x', label: undefined, values: [1, 2, 2, 0, 1], total: 6 },
      { key: 'facebook', label: undefined, values: [1, 0, 0, 0, 0], total: 1 },
    ]);
    // In UTC, m2 falls on the 1st.
    const utc = computeReport(
      input({ timeZone: 'UTC', from: Date.UTC(2025, 2, 1), to: Date.UTC(2025, 2, 6) }),
    );
    expect(utc.mentionsByNetwork.rows[0]?.values).toEqual([2, 1, 2, 0, 1]);
  });

  it('counts mentions per watchlist, in each of their watchlists', () => {
    expect(report.mentionsByWatchlist.rows).toEqual([
      { key: 'w1', label: 'Brand', values: [1, 2, 1, 0, 1], total: 5 },
      { key: 'w2', label: 'Rival', values: [0, 1, 0, 0, 0], total: 1 },
      { key: '(none)', label: undefined, values: [1, 0, 0, 0, 0], total: 1 },
      { key: 'gone', label: undefined, values: [0, 0, 1, 0, 0], total: 1 },
    ]);
  });

  it('counts risky mentions (medium and high) per day', () => {
    expect(report.risk).toEqual({ total: [2, 2, 2, 0, 1], risky: [1, 1, 0, 0, 0] });
    expect(report.totals).toEqual({
      mentions: 7,
      risky: 2,
      replies: 4,
      interactions: 6,
      incidents: 3,
    });
  });

  it('measures responses per network against the target', () => {
    // X: 6 mentions, m4 ignored; first replies after 30 (m1), 120 (m2, from publication),
    // 10 (m6) and 90 minutes (m8, replied after the range); m3 unanswered and late.
    expect(report.response).toEqual([
      {
        network: 'x',
        mentions: 6,
        ignored: 1,
        responded: 4,
        rate: 0.8,
        medianMinutes: 60,
        p90Minutes: 120,
        targetMinutes: 60,
        withinTarget: 2 / 5,
        late: 1,
      },
      {
        network: 'facebook',
        mentions: 1,
        ignored: 0,
        responded: 1,
        rate: 1,
        medianMinutes: null,
        p90Minutes: null,
        targetMinutes: 240,
        withinTarget: null,
        late: 0,
      },
    ]);
  });

  it('does not count an unanswered mention as late before its target passes', () => {
    const early = computeReport(input({ now: P(2, 12, 30) }));
    expect(early.response[0]?.late).toBe(0);
    expect(early.response[0]?.withinTarget).toBe(2 / 4);
  });

  it('counts replies per template and version, most used first', () => {
    expect(report.templates).toEqual([
      {
        templateId: 't2',
        version: 1,
        title: 'Apology',
        inserted: 1,
        sent: 1,
        markedReplied: 0,
        total: 2,
      },
      {
        templateId: 't1',
        version: 2,
        title: 'Thanks',
        inserted: 0,
        sent: 2,
        markedReplied: 0,
        total: 2,
      },
    ]);
  });

  it('counts incidents per day by category and severity', () => {
    expect(report.incidents.granularity).toBe('day');
    expect(report.incidents.byCategory).toEqual([
      { category: 'technical-mishap', values: [2, 0, 0, 0, 0], total: 2 },
      { category: 'rumour', values: [0, 0, 1, 0, 0], total: 1 },
    ]);
    expect(report.incidents.bySeverity.map((row) => row.values)).toEqual([
      [0, 0, 0, 0, 0],
      [1, 0, 0, 0, 0],
      [1, 0, 0, 0, 0],
      [0, 0, 1, 0, 0],
    ]);
  });

  it('counts incidents per week over long ranges', () => {
    const from = Date.UTC(2025, 0, 1);
    const day = (n: number) => from + n * 86_400_000 + 3_600_000;
    const long = computeReport(
      input({
        timeZone: 'UTC',
        from,
        to: from + 60 * 86_400_000,
        mentions: [],
        interactions: [],
        incidents: [0, 6, 7, 59].map((n) => ({
          category: 'other' as const,
          severity: 1,
          createdAt: day(n),
        })),
      }),
    );
    expect(long.days).toHaveLength(60);
    expect(long.incidents.granularity).toBe('week');
    expect(long.incidents.buckets).toHaveLength(9);
    expect(long.incidents.buckets[1]).toBe('2025-01-08');
    expect(long.incidents.byCategory[0]?.values).toEqual([2, 1, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('gives empty tables for an empty range', () => {
    const empty = computeReport(input({ from: P(3), to: P(3) }));
    expect(empty.days).toEqual([]);
    expect(empty.totals).toEqual({
      mentions: 0,
      risky: 0,
      replies: 0,
      interactions: 0,
      incidents: 0,
    });
    expect(empty.mentionsByNetwork.rows).toEqual([]);
    expect(empty.response).toEqual([]);
    expect(empty.templates).toEqual([]);
  });
});
