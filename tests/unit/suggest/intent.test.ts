import { describe, expect, it } from 'vitest';
import {
  type DetectedIntent,
  detectIntents,
  praiseStrength,
  TEMPLATE_INTENTS_FOR,
} from '../../../lib/suggest';

const none: { level: string; categories: string[] } = { level: 'none', categories: [] };
const intentsOf = (text: string, risk = none) => detectIntents({ text, risk }).map((d) => d.intent);
const strengthOf = (detected: DetectedIntent[], intent: string) =>
  detected.find((d) => d.intent === intent)?.strength ?? 0;

describe('detectIntents', () => {
  it('reads complaints from the risk the pipeline scored', () => {
    expect(
      intentsOf('Toujours pas de valise', { level: 'low', categories: ['complaint'] }),
    ).toEqual(['complaint']);
    expect(intentsOf('still no refund', { level: 'medium', categories: ['refund'] })).toEqual([
      'complaint',
    ]);
    // A category alone (level not given as low yet) is still a complaint.
    expect(intentsOf('site down', { level: 'none', categories: ['outage'] })).toContain(
      'complaint',
    );
  });

  it('reads a crisis from crisis categories, and weakly from a high level alone', () => {
    const boycott = detectIntents({
      text: '#BoycottAcme',
      risk: { level: 'medium', categories: ['boycott'] },
    });
    expect(boycott[0]).toEqual({ intent: 'crisis', strength: 1 });
    const furious = detectIntents({
      text: 'ras le bol, inadmissible, honteux',
      risk: { level: 'high', categories: ['complaint', 'anger'] },
    });
    expect(furious[0]?.intent).toBe('complaint');
    expect(strengthOf(furious, 'crisis')).toBeGreaterThan(0);
    expect(strengthOf(furious, 'crisis')).toBeLessThan(strengthOf(furious, 'complaint'));
  });

  it('treats outages and safety issues as complaints that are also public', () => {
    const outage = detectIntents({
      text: 'app down',
      risk: { level: 'medium', categories: ['outage'] },
    });
    expect(outage[0]?.intent).toBe('complaint');
    expect(strengthOf(outage, 'crisis')).toBeGreaterThan(0);
  });

  it('finds questions by "?" and by FR/EN openers', () => {
    expect(intentsOf('Vous livrez en Belgique ?')).toEqual(['question']);
    expect(intentsOf('Comment faire pour changer mon billet')).toEqual(['question']);
    expect(intentsOf('@acme bonjour, est-ce que le wifi est gratuit')).toEqual(['question']);
    expect(intentsOf('Quelqu’un sait si le vol part à l’heure')).toEqual(['question']);
    expect(intentsOf('how do I add a bag')).toEqual(['question']);
    expect(intentsOf('is there wifi on board')).toEqual(['question']);
    expect(intentsOf('Can I bring my cat')).toEqual(['question']);
    // An opener inside a sentence is not a question: "how" here is no question.
    expect(intentsOf('I love how fast the boarding was')).not.toContain('question');
  });

  it('takes "?!" as mostly indignation', () => {
    const detected = detectIntents({ text: 'Vous refusez une passagère ?!', risk: none });
    expect(strengthOf(detected, 'question')).toBeLessThan(1);
  });

  it('finds praise in FR and EN words and emoji', () => {
    expect(intentsOf('Merci pour ce vol')).toEqual(['praise']);
    expect(intentsOf('Bravo à toute l’équipe')).toEqual(['praise']);
    expect(intentsOf('équipage au top')).toEqual(['praise']);
    expect(intentsOf('Amazing crew, thanks!')).toEqual(['praise']);
    expect(intentsOf('😍😍')).toEqual(['praise']);
    expect(intentsOf('Je ne peux que recommander')).toEqual(['praise']);
  });

  it('does not take negated praise for praise', () => {
    expect(praiseStrength('Franchement pas génial le repas')).toBe(0);
    expect(praiseStrength('pas top du tout')).toBe(0);
    expect(praiseStrength('not great, 2h on the tarmac')).toBe(0);
    expect(praiseStrength('the crew wasn’t amazing')).toBe(0);
    // The negation stops at the clause: the praise after the comma counts.
    expect(praiseStrength('Pas de retard, génial')).toBe(1);
  });

  it('does not take sarcasm for praise', () => {
    expect(praiseStrength('Merci pour rien Acme')).toBe(0);
    expect(praiseStrength('Thanks for nothing Acme Air')).toBe(0);
    expect(praiseStrength('Vol annulé. Merci Acme 🙄')).toBe(0);
    expect(praiseStrength('Bravo, encore 2h de retard 🤡')).toBe(0);
  });

  it('dampens praise next to a question or a clear complaint', () => {
    const both = detectIntents({ text: 'Super vidéo ! Combien de kilos en soute ?', risk: none });
    expect(both[0]?.intent).toBe('question');
    expect(strengthOf(both, 'praise')).toBeGreaterThan(0);
    const ironic = detectIntents({
      text: 'Merci Acme, 6h de retard',
      risk: { level: 'medium', categories: ['complaint'] },
    });
    expect(ironic[0]?.intent).toBe('complaint');
  });

  it('says neutral when nothing else', () => {
    expect(detectIntents({ text: 'Je prends l’avion demain avec Acme' })).toEqual([
      { intent: 'neutral', strength: 1 },
    ]);
  });
});

describe('TEMPLATE_INTENTS_FOR', () => {
  it('maps mention intents to template intents, best first', () => {
    expect(TEMPLATE_INTENTS_FOR.complaint.map((f) => f.intent)).toEqual(['apology', 'redirect-dm']);
    expect(TEMPLATE_INTENTS_FOR.crisis.map((f) => f.intent)).toEqual([
      'holding-statement',
      'apology',
    ]);
    expect(TEMPLATE_INTENTS_FOR.question[0]?.intent).toBe('answer');
    expect(TEMPLATE_INTENTS_FOR.praise.map((f) => f.intent)).toEqual(['thanks']);
    expect(TEMPLATE_INTENTS_FOR.neutral).toEqual([]);
  });
});
