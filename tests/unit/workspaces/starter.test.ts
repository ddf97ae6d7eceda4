import { describe, expect, it } from 'vitest';
import { readBundle } from '@/lib/bundle/validate';
import { queryErrors } from '@/lib/query/check';
import { NETWORKS } from '@/lib/sites/types';
import { STARTER_APPROVER, STARTER_TEMPLATES, starterTemplates } from '@/lib/starter';
import { templateSchema } from '@/lib/store/schema';
import { createSuggester, TEMPLATE_INTENTS_FOR } from '@/lib/suggest';
import words from '@/lib/suggest/words.json';
import { templateErrors } from '@/lib/templates/check';
import { measure } from '@/lib/templates/length';
import { parseTemplate, renderTemplate, templateBodyFor } from '@/lib/templates/variables';

/** Long but real values: what the page gives on a bad day. */
const VALUES = {
  author: 'Marie-Charlotte Delacroix',
  author_handle: '@marie_charlotte_dlx',
  brand: 'Compagnie Générale des Eaux',
  network: 'Facebook',
  post_url: 'https://www.facebook.com/acme/posts/pfbid0123456789abcdefghijklmnopqrstuvwxyz',
  date: '12 mars 2025',
  agent: 'Anne-Sophie',
};
const FILLS = {
  help_url: 'https://aide.compagnie-generale-des-eaux.fr/faq/factures-et-paiements',
  contact_channel: 'service.client@compagnie-generale-des-eaux.fr',
};

const INTENTS = new Set(
  Object.values(TEMPLATE_INTENTS_FOR).flatMap((fits) => fits.map((f) => f.intent)),
);
const RESERVED_TAGS = new Set([...NETWORKS, ...Object.values(words.kindTags).flat()]);
const ROLES = ['thanks', 'apology-dm', 'answer', 'escalation', 'crisis'];

describe('the starter library', () => {
  it('has the five replies in French and in English, with the ids the wizard relies on', () => {
    for (const language of ['fr', 'en']) {
      expect(STARTER_TEMPLATES.filter((t) => t.language === language).map((t) => t.id)).toEqual(
        ROLES.map((role) => `starter-${role}-${language}`),
      );
    }
  });

  it('is stored as approved records that the store schema accepts', () => {
    const records = starterTemplates('ws', ['fr', 'en'], 1_700_000_000_000);
    expect(records).toHaveLength(10);
    for (const record of records) {
      expect(() => templateSchema.parse(record), record.id).not.toThrow();
      expect(record).toMatchObject({
        status: 'approved',
        approvedBy: STARTER_APPROVER,
        version: 1,
      });
    }
    expect(starterTemplates('ws', ['en'], 0).map((t) => t.language)).toEqual(Array(5).fill('en'));
  });

  it('passes the bundle import validation, variables included', () => {
    const bundle = {
      format: 'vigie-bundle',
      version: 1,
      workspace: { name: 'Starter' },
      watchlists: [],
      templates: STARTER_TEMPLATES.map((t) => ({ ...t, status: 'approved' })),
    };
    const read = readBundle(JSON.stringify(bundle), queryErrors, templateErrors);
    expect(read.ok ? [] : read.problems).toEqual([]);
  });

  it('uses only known variables and well-formed fill-ins, in every wording', () => {
    for (const template of STARTER_TEMPLATES) {
      for (const body of [template.body, ...Object.values(template.variants ?? {})]) {
        expect(parseTemplate(body).issues, template.id).toEqual([]);
        const { unfilled } = renderTemplate(body, VALUES, FILLS);
        expect(unfilled, template.id).toEqual([]);
      }
    }
  });

  it('fits every network’s hard limit once filled with long values (or has a variant that does)', () => {
    const over: string[] = [];
    for (const template of STARTER_TEMPLATES) {
      for (const network of NETWORKS) {
        const { text } = renderTemplate(templateBodyFor(template, network), VALUES, FILLS);
        const measured = measure(text, network);
        if (measured.over)
          over.push(`${template.id} on ${network}: ${measured.length}/${measured.limit}`);
      }
    }
    expect(over).toEqual([]);
  });

  it('has intents the suggester maps and tags that do not pin a template to a network or kind', () => {
    for (const template of STARTER_TEMPLATES) {
      expect(INTENTS, template.id).toContain(template.intent);
      for (const tag of template.tags)
        expect(RESERVED_TAGS.has(tag), `${template.id}: ${tag}`).toBe(false);
    }
  });

  it('writes French as a French CM would: vouvoiement, curly apostrophes, non-breaking spaces', () => {
    for (const template of STARTER_TEMPLATES.filter((t) => t.language === 'fr')) {
      for (const text of [
        template.title,
        template.body,
        ...Object.values(template.variants ?? {}),
      ]) {
        expect(text, template.id).not.toMatch(/'/);
        expect(text, template.id).not.toMatch(/"/);
        // A plain space before high punctuation is a typo in French.
        expect(text, template.id).not.toMatch(/ [!?;:»]/);
        expect(text, template.id).not.toMatch(/« /);
        expect(text, template.id).not.toMatch(/\b(tu|te|ton|ta|tes|toi)\b/i);
      }
    }
  });

  it('keeps crisis statements sober: no emoji, no exclamation, no promise of a date', () => {
    for (const template of STARTER_TEMPLATES.filter((t) => t.id.startsWith('starter-crisis'))) {
      for (const text of [template.body, ...Object.values(template.variants ?? {})]) {
        expect(text).not.toMatch(/[!\p{Extended_Pictographic}]/u);
        expect(text).not.toMatch(/\b(demain|tomorrow|heures?|hours?|garanti|guarantee)\b/i);
      }
    }
  });

  it('is what the suggester offers first for praise, a complaint and a question', () => {
    const suggester = createSuggester(starterTemplates('ws', ['fr', 'en'], 0));
    const first = (
      text: string,
      language: string,
      risk = { level: 'none', categories: [] as string[] },
    ) => suggester.suggest({ text, language, network: 'x', risk })[0]?.template.id;
    expect(first('Merci Acme, service au top, bravo à toute l’équipe', 'fr')).toBe(
      'starter-thanks-fr',
    );
    expect(
      first('Toujours pas remboursé, très déçu de ma commande', 'fr', {
        level: 'medium',
        categories: ['complaint'],
      }),
    ).toBe('starter-apology-dm-fr');
    expect(first('How do I change my delivery address?', 'en')).toBe('starter-answer-en');
  });
});
