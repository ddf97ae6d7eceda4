import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { interactionsCsv, mentionsCsv } from '@/lib/tables/csv';
import { makeInteraction, makeMention } from './fixtures';

describe('CSV export', () => {
  it('writes one row per mention, quoted where needed, formulas defused', () => {
    const csv = mentionsCsv(
      [
        makeMention('m1', { text: 'Bonjour, "Acme"\nligne 2', marked: true }),
        makeMention('m2', { text: '=HYPERLINK("http://evil")', author: { name: '@acme' } }),
      ],
      new Set(['m2']),
    );
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(parsed).toHaveLength(2);
    expect(parsed[0]).toMatchObject({
      id: 'm1',
      text: 'Bonjour, "Acme"\nligne 2',
      marked: 'yes',
      answered: 'no',
      network: 'x',
    });
    expect(parsed[1]).toMatchObject({
      text: `'=HYPERLINK("http://evil")`,
      author: "'@acme",
      answered: 'yes',
    });
  });

  it('writes interactions with their template and final text', () => {
    const csv = interactionsCsv([
      makeInteraction('i1', { templateId: 't-merci', templateVersion: 2, finalText: 'Merci !' }),
    ]);
    const [row] = Papa.parse<Record<string, string>>(csv, { header: true }).data;
    expect(row).toMatchObject({
      id: 'i1',
      template: 't-merci',
      template_version: '2',
      final_text: 'Merci !',
      marked: 'no',
    });
  });
});
