import { beforeEach, describe, expect, it, vi } from 'vitest';
import { crisisReportHtml } from '@/lib/incidents';
import { sanitizeHtml } from '@/lib/sanitize';
import { translator } from '../../unit/incidents/fixtures';
import { ACTIVE_CONTENT, reportInput as caseInput, HOSTILE_EXCERPT, PNG_URL } from './report-cases';

const reportInput = (lang: 'en' | 'fr') => caseInput(translator(lang), lang);

// DOMPurify cannot run soundly on happy-dom (see sanitize.test.ts): here the
// last gate lets everything through, so these tests prove the report is
// inert by its own escaping alone. chromium.test.ts runs it with the gate.
vi.mock('@/lib/sanitize', async (importOriginal) => ({
  ...(await importOriginal<typeof import('@/lib/sanitize')>()),
  sanitizeHtml: vi.fn((html: string) => html),
}));

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('crisisReportHtml', () => {
  beforeEach(() => vi.mocked(sanitizeHtml).mockClear());

  it('is one HTML document that loads nothing and runs nothing', () => {
    const html = crisisReportHtml(reportInput('fr'));
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="fr">')).toBe(true);
    const doc = parse(html);
    expect(doc.title).toBe('Rapport de crise');
    expect(doc.querySelector(ACTIVE_CONTENT)).toBeNull();
    expect(doc.querySelectorAll('head style')).toHaveLength(1);
    expect(
      doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toBe(
      "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'",
    );
    for (const element of doc.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name, element.outerHTML).not.toMatch(/^on/);
      }
    }
    const hrefs = [...doc.querySelectorAll('[href]')].map((a) => a.getAttribute('href') ?? '');
    for (const href of hrefs) expect(href).toMatch(/^(https:\/\/|#incident-)/);
    const sources = [...doc.querySelectorAll('[src]')].map((el) => el.getAttribute('src'));
    expect(sources).toEqual([PNG_URL]);
  });

  it('passes the whole body through the sanitizer, and only the body', () => {
    const html = crisisReportHtml(reportInput('en'));
    expect(sanitizeHtml).toHaveBeenCalledTimes(1);
    const body = vi.mocked(sanitizeHtml).mock.calls[0]![0];
    expect(body).toContain('<header>');
    expect(body).toContain('</footer>');
    expect(body).not.toContain('<style>');
    expect(html).toContain(`<body>\n${body}\n</body>`);
  });

  it('shows the evidence as text: excerpt, author, notes, timeline, mentions, screenshot', () => {
    const doc = parse(crisisReportHtml(reportInput('en')));
    const [first, second] = doc.querySelectorAll('article.incident');
    expect(first?.id).toBe('incident-1');
    expect(first?.querySelector('h2')?.textContent).toBe('Blague <b>douteuse</b> sur les clientes');
    expect(first?.querySelector('blockquote')?.textContent).toBe(HOSTILE_EXCERPT);
    expect(first?.querySelector('.notes')?.textContent).toBe(
      'Notes <iframe src="https://evil.example"></iframe>\nligne 2',
    );
    const facts = first?.querySelector('dl.facts')?.textContent ?? '';
    expect(facts).toContain('<svg onload="window.pwned=6">@acme');
    expect(facts).toContain('High (3/4) — Spreading');
    expect(facts).toContain('Matched watchlistsAcme <marque>');
    expect(facts).toContain('Likes: 110 · Reposts: 4 · Linked mentions: 2 · Distinct authors: 2');
    // The javascript: page address is shown, not linked; the permalink is linked, escaped.
    expect(facts).toContain('javascript:window.pwned=4');
    expect(first?.querySelector('dl.facts a')?.getAttribute('href')).toBe(
      'https://x.com/acme/status/42?ref=%22%3E%3Cscript%3Ewindow.pwned=5%3C/script%3E',
    );

    const timeline = [...(first?.querySelectorAll('ol.timeline li') ?? [])].map(
      (li) => li.textContent,
    );
    expect(timeline).toEqual([
      'Mar 12, 2025, 2:00 PM — Open — Camille',
      'Mar 12, 2025, 2:10 PM — Escalated to senior — <i onmouseover="window.pwned=7">Camille</i>Au senior <style>body{display:none}</style>',
    ]);
    expect(first?.querySelector('time')?.getAttribute('datetime')).toBe('2025-03-12T14:00:00.000Z');

    const img = first?.querySelector('figure img');
    expect(img?.getAttribute('src')).toBe(PNG_URL);
    expect(img?.getAttribute('alt')).toBe(
      'The page when the incident was captured: Blague <b>douteuse</b> sur les clientes',
    );

    const rows = [...(first?.querySelectorAll('table tbody tr') ?? [])].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => cell.textContent),
    );
    expect(rows).toEqual([
      [
        'Mar 12, 2025, 3:00 PM',
        '',
        'X (Twitter)',
        'Jo <img src=x onerror="window.pwned=8"> jo',
        'Honteux <object data="https://evil.example/x"></object>',
        'https://x.com/jo/status/7',
      ],
      [
        'Mar 12, 2025, 4:00 PM',
        'Mar 12, 2025, 2:30 PM',
        'X (Twitter)',
        'Jo <img src=x onerror="window.pwned=8"> jo',
        'Honteux <object data="https://evil.example/x"></object>',
        'data:text/html,<script>window.pwned=9</script>',
      ],
    ]);
    // A data: link stays text.
    expect(rows.length).toBe(2);
    expect(first?.querySelectorAll('table tbody a')).toHaveLength(1);

    expect(second?.querySelector('h2')?.textContent).toBe('Panne du site');
    expect(second?.textContent).toContain('The screenshot could not be found.');
    expect(second?.textContent).toContain('No linked mention.');
  });

  it('sums up the period by category and severity, with contents', () => {
    const doc = parse(crisisReportHtml(reportInput('fr')));
    const table = doc.querySelector('section.summary table');
    const cells = (row: Element) => [...row.children].map((cell) => cell.textContent);
    expect(cells(table!.querySelector('thead tr')!)).toEqual([
      'Catégorie',
      '1 — Faible',
      '2 — Modérée',
      '3 — Élevée',
      '4 — Critique',
      'Total',
    ]);
    expect([...table!.querySelectorAll('tbody tr')].map(cells)).toEqual([
      ['Blague mal reçue', '0', '0', '1', '0', '1'],
      ['Défaillance du produit ou du service', '0', '1', '0', '0', '1'],
    ]);
    expect(cells(table!.querySelector('tfoot tr')!)).toEqual(['Total', '0', '1', '1', '0', '2']);
    expect([...doc.querySelectorAll('nav a')].map((a) => a.getAttribute('href'))).toEqual([
      '#incident-1',
      '#incident-2',
    ]);
    expect(doc.querySelector('.summary p')?.textContent).toBe('Incidents\u00a0: 2');
  });

  it('reports one incident, or none in a period', () => {
    const input = reportInput('en');
    const one = parse(crisisReportHtml({ ...input, incidents: input.incidents.slice(1) }));
    expect(one.querySelectorAll('article')).toHaveLength(1);
    expect(one.querySelector('nav')).toBeNull();
    const none = parse(crisisReportHtml({ ...input, period: { from: 0, to: 1 } }));
    expect(none.querySelector('article')).toBeNull();
    expect(none.body.textContent).toContain('No incident in this period.');
    expect(none.body.textContent).toContain(
      'Period: Jan 1, 1970, 12:00 AM to Jan 1, 1970, 12:00 AM',
    );
  });
});
