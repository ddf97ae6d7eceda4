import { describe, expect, it } from 'vitest';
import {
  actionLabelKey,
  categoryLabelKey,
  INCIDENT_CATEGORIES,
  INCIDENT_MESSAGES,
  INCIDENT_STATUSES,
  INCIDENT_TRANSITIONS,
  incidentsLocaleEntries,
  REACH_KEYS,
  SEVERITY_LEVELS,
  statusLabelKey,
} from '@/lib/incidents';
import { locales } from './fixtures';

const placeholders = (message: string) => [...new Set(message.match(/\$[1-9]/g) ?? [])].sort();

describe('incident messages', () => {
  it.each(['en', 'fr'] as const)('%s messages.json holds every entry of the table', (lang) => {
    for (const [key, entry] of Object.entries(incidentsLocaleEntries(lang))) {
      expect(locales[lang][key]?.message, key).toBe(entry.message);
    }
  });

  it('has a label for every category, status, severity, action and reach figure', () => {
    const keys = new Set(Object.keys(INCIDENT_MESSAGES));
    const needed = [
      ...INCIDENT_CATEGORIES.map(categoryLabelKey),
      ...INCIDENT_STATUSES.map(statusLabelKey),
      ...SEVERITY_LEVELS.flatMap((level) => [level.labelKey, level.helpKey]),
      ...INCIDENT_TRANSITIONS.map((move) => actionLabelKey(move.action)),
      ...REACH_KEYS.map((key) => `incident_reach_${key}`),
      'incident_link_reason_author',
      'incident_link_reason_url',
      'incident_link_reason_terms',
    ];
    for (const key of needed) expect(keys.has(key), key).toBe(true);
    expect(categoryLabelKey('misplaced-opportunism')).toBe(
      'incident_category_misplaced_opportunism',
    );
    expect(statusLabelKey('post-mortem')).toBe('incident_status_post_mortem');
  });

  it('uses the same substitutions in both languages, never `$n$`', () => {
    for (const [key, spec] of Object.entries(INCIDENT_MESSAGES)) {
      expect(placeholders(spec.fr), key).toEqual(placeholders(spec.en));
      for (const message of [spec.en, spec.fr]) expect(message, key).not.toMatch(/\$[1-9]\$/);
    }
  });

  it('follows French typography: no-break spaces before : ; ! ? and inside « »', () => {
    for (const [key, { fr }] of Object.entries(INCIDENT_MESSAGES)) {
      expect(fr, key).not.toMatch(/ [:;!?»]|« /);
      expect(fr, key).not.toMatch(/[^\u00a0\u202f][:;!?](\s|$)/u);
      expect(fr, key).not.toMatch(/'/);
    }
  });
});
