import { describe, expect, it } from 'vitest';
import {
  CRISIS_REPORT_FORMAT,
  type CrisisReportInput,
  crisisReportJson,
  inPeriod,
} from '@/lib/incidents';
import { HOUR, incident, mention, T0, translator } from './fixtures';

const PNG_URL = 'data:image/png;base64,iVBORw0KGgo=';

function input(overrides: Partial<CrisisReportInput> = {}): CrisisReportInput {
  return {
    incidents: [
      incident({ id: 'late', createdAt: T0 + 3 * HOUR, severity: 2, category: 'rumour' }),
      incident({ id: 'early', mentionIds: ['m1'], screenshotId: 'blob-1' }),
    ],
    mentions: [mention({ id: 'm1', text: '<b>gras</b>' }), mention({ id: 'unlinked' })],
    screenshots: { 'blob-1': PNG_URL },
    t: translator('en'),
    locale: 'en',
    generatedAt: T0 + 5 * HOUR,
    ...overrides,
  };
}

describe('crisisReportJson', () => {
  it('holds the incidents oldest first, with linked mentions and screenshots', () => {
    const report = JSON.parse(crisisReportJson(input()));
    expect(report).toMatchObject({
      format: CRISIS_REPORT_FORMAT,
      version: 1,
      generatedAt: T0 + 5 * HOUR,
      locale: 'en',
    });
    expect(report.incidents.map((i: { id: string }) => i.id)).toEqual(['early', 'late']);
    expect(report.incidents[0].linkedMentions.map((m: { id: string }) => m.id)).toEqual(['m1']);
    expect(report.incidents[0].linkedMentions[0].text).toBe('<b>gras</b>');
    expect(report.incidents[0].screenshot).toBe(PNG_URL);
    expect(report.incidents[1]).not.toHaveProperty('screenshot');
    expect(report.summary).toEqual({
      incidents: 2,
      byCategory: { 'bad-joke': 1, rumour: 1 },
      bySeverity: { '1': 0, '2': 1, '3': 1, '4': 0 },
      byStatus: { open: 2 },
      grid: { 'bad-joke': [0, 0, 1, 0], rumour: [0, 1, 0, 0] },
    });
  });

  it('sorts keys at every level, so the same data gives the same bytes', () => {
    const json = crisisReportJson(input());
    const reordered = input();
    reordered.incidents = [...reordered.incidents]
      .reverse()
      .map((i) => Object.fromEntries(Object.entries(i).reverse()) as typeof i);
    expect(crisisReportJson(reordered)).toBe(json);
    const check = (value: unknown): void => {
      if (Array.isArray(value)) {
        value.forEach(check);
      } else if (value && typeof value === 'object') {
        const keys = Object.keys(value);
        expect(keys).toEqual([...keys].sort());
        Object.values(value).forEach(check);
      }
    };
    check(JSON.parse(json));
  });

  it('keeps only the incidents created within the period, bounds included', () => {
    const period = { from: T0 + HOUR, to: T0 + 3 * HOUR };
    const report = JSON.parse(crisisReportJson(input({ period })));
    expect(report.period).toEqual(period);
    expect(report.incidents.map((i: { id: string }) => i.id)).toEqual(['late']);
    expect(inPeriod({ createdAt: T0 }, { from: T0, to: T0 })).toBe(true);
  });
});
