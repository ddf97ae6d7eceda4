import { describe, expect, it } from 'vitest';
import { slug } from '@/lib/incidents/export';
import {
  DEFAULT_INCIDENT_FILTER,
  dayOf,
  filterIncidents,
  periodOfDays,
} from '@/lib/incidents/filter';
import { authorParts } from '@/lib/incidents/holding';
import { describeMention } from '@/lib/incidents/link-events';
import { HOUR, incident, mention, T0 } from './fixtures';

describe('filterIncidents', () => {
  const list = [
    incident({ id: 'a', status: 'open', severity: 2, category: 'bad-joke', createdAt: T0 }),
    incident({
      id: 'b',
      status: 'resolved',
      severity: 4,
      category: 'rumour',
      createdAt: T0 + HOUR,
    }),
    incident({
      id: 'c',
      status: 'escalated',
      severity: 3,
      category: 'rumour',
      createdAt: T0 + 2 * HOUR,
    }),
  ];
  const ids = (filter: Partial<typeof DEFAULT_INCIDENT_FILTER>) =>
    filterIncidents(list, { ...DEFAULT_INCIDENT_FILTER, ...filter }).map((i) => i.id);

  it('shows the newest first and filters by status, category and minimum severity', () => {
    expect(ids({})).toEqual(['c', 'b', 'a']);
    expect(ids({ status: 'active' })).toEqual(['c', 'a']);
    expect(ids({ status: 'resolved' })).toEqual(['b']);
    expect(ids({ category: 'rumour', minSeverity: 4 })).toEqual(['b']);
  });
});

describe('periodOfDays', () => {
  it('covers whole local days, and refuses a reversed or incomplete range', () => {
    const period = periodOfDays('2025-03-01', '2025-03-31');
    expect(period && dayOf(period.from)).toBe('2025-03-01');
    expect(period && dayOf(period.to)).toBe('2025-03-31');
    expect(period && new Date(period.to).getHours()).toBe(23);
    expect(periodOfDays('2025-03-02', '2025-03-01')).toBeNull();
    expect(periodOfDays('', '2025-03-01')).toBeNull();
  });
});

describe('small helpers', () => {
  it('splits an author into name and handle', () => {
    expect(authorParts('Jeanne Martin (@jmartin)')).toEqual({
      name: 'Jeanne Martin',
      handle: '@jmartin',
    });
    expect(authorParts('@jmartin')).toEqual({ name: undefined, handle: '@jmartin' });
    expect(authorParts(undefined)).toEqual({});
  });

  it('names files and mentions readably', () => {
    expect(slug('Vol AC456 annulé — « scandale » !')).toBe('vol-ac456-annule-scandale');
    expect(slug('!!!')).toBe('incident');
    expect(
      describeMention(
        mention({ id: 'm', author: { handle: '@julie' }, text: 'Encore\nun retard' }),
      ),
    ).toBe('@julie — Encore un retard');
  });
});
