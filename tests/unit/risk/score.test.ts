import { describe, expect, it } from 'vitest';
import { type RiskHit, riskLevelForScore, scoreRisk } from '../../../lib/risk/score';

/** A matcher hit on the first occurrence of `phrase` in `text` (after `from`). */
function hit(text: string, phrase: string, category: string, weight: number, from = 0): RiskHit {
  const start = text.indexOf(phrase, from);
  if (start === -1) throw new Error(`"${phrase}" is not in "${text}"`);
  return { start, end: start + phrase.length, category, weight, term: phrase.toLowerCase() };
}

const complaint = (text: string, phrase: string, weight = 2) =>
  hit(text, phrase, 'complaint', weight);

describe('risk levels', () => {
  it('maps scores to levels at documented thresholds', () => {
    expect([0, 1, 2, 3, 5, 6, 12].map(riskLevelForScore)).toEqual([
      'none',
      'low',
      'low',
      'medium',
      'medium',
      'high',
      'high',
    ]);
  });

  it('sums counted weights and lists categories in the canonical order', () => {
    const text = 'Remboursement refusé, arnaque totale';
    const result = scoreRisk(text, [
      hit(text, 'Remboursement', 'refund', 2),
      complaint(text, 'arnaque', 3),
    ]);
    expect(result).toMatchObject({
      score: 5,
      level: 'medium',
      categories: ['complaint', 'refund'],
    });
    expect(result.hits.map((h) => h.negated)).toEqual([false, false]);
  });

  it('gives no risk to a post without hits or negated positives', () => {
    expect(scoreRisk('Merci Acme, livraison rapide !', [])).toEqual({
      score: 0,
      level: 'none',
      categories: [],
      hits: [],
    });
  });

  it.each([
    ['discrimination', 'Pub sexiste', 'sexiste', 1],
    ['legal', 'Je contacte la DGCCRF', 'DGCCRF', 1],
    ['crisis', 'Quel bad buzz', 'bad buzz', 1],
    ['boycott', 'Boycott !', 'Boycott', 1],
  ])('makes %s at least medium on its own', (category, text, phrase, weight) => {
    const result = scoreRisk(text, [hit(text, phrase, category, weight)]);
    expect(result.score).toBe(1);
    expect(result.level).toBe('medium');
  });

  it('counts overlapping hits once, with the strongest weight', () => {
    const text = 'Plus jamais chez Acme';
    const result = scoreRisk(text, [
      complaint(text, 'Plus jamais', 2),
      hit(text, 'Plus jamais chez', 'boycott', 3),
    ]);
    expect(result.score).toBe(3);
    expect(result.categories).toEqual(['complaint', 'boycott']);
  });

  it('counts a repeated term once', () => {
    const text = 'Arnaque, arnaque, ARNAQUE';
    const hits = [0, 9, 18].map((from) => ({
      ...complaint(text, 'rnaque', 3),
      start: from,
      end: from + 7,
    }));
    expect(
      scoreRisk(
        text,
        hits.map((h) => ({ ...h, term: 'arnaq*' })),
      ).score,
    ).toBe(3);
  });

  it('keeps hits of unknown categories, after the known ones', () => {
    const text = 'arnaque et zut';
    const result = scoreRisk(text, [hit(text, 'zut', 'mood', 1), complaint(text, 'arnaque', 3)]);
    expect(result.categories).toEqual(['complaint', 'mood']);
    expect(result.score).toBe(4);
  });
});

describe('negation', () => {
  const negated = (text: string, phrase: string, category = 'complaint') =>
    scoreRisk(text, [hit(text, phrase, category, 2)]).hits[0]?.negated;

  it.each([
    ['Pas déçu du tout', 'déçu'],
    ['Je ne suis pas du tout déçu', 'déçu'],
    ["Je n'ai jamais été déçue", 'déçue'],
    ['Aucun problème avec la commande', 'problème'],
    ['Pas de souci, merci', 'souci'],
    ['No problem at all', 'problem'],
    ['Honestly not disappointed', 'disappointed'],
    ["I wasn't disappointed", 'disappointed'],
    ['Sans danger pour les enfants', 'danger', 'safety'],
    ['Zéro bug depuis la mise à jour', 'bug', 'outage'],
    ["Ce n'est pas n'importe quoi", "n'importe quoi"],
  ])('cancels the complaint in "%s"', (text, phrase, category = 'complaint') => {
    expect(negated(text, phrase, category)).toBe(true);
    expect(scoreRisk(text, [hit(text, phrase, category, 2)]).level).toBe('none');
  });

  it.each([
    ['Pas cher. Déçu quand même', 'Déçu'],
    ['Pas cher mais déçu', 'déçu'],
    ['Not cheap and disappointing', 'disappointing'],
    ['Le plus déçu des clients', 'déçu'],
    ['Un peu déçu par la livraison', 'déçu'],
    ['Never been so disappointed', 'disappointed'],
    ['Jamais été aussi déçu', 'déçu'],
    ['Toujours plus de bugs', 'bugs', 'outage'],
    ['De plus en plus de pannes', 'pannes', 'outage'],
    ['Pas mal du tout le produit, déçu par le SAV', 'déçu'],
    ["C'est n'importe quoi", "n'importe quoi"],
  ])('keeps the complaint in "%s"', (text, phrase, category = 'complaint') => {
    expect(negated(text, phrase, category)).toBe(false);
  });

  it.each([
    ['refund', 'Pas remboursé, toujours rien', 'remboursé'],
    ['refund', 'Aucun remboursement en vue', 'remboursement'],
    ['discrimination', 'Je ne suis pas raciste mais', 'raciste'],
    ['crisis', "Ce n'est pas un scandale, ça ?", 'scandale'],
    ['legal', 'Je ne vais pas porter plainte', 'porter plainte'],
  ])('never cancels a %s word: "%s"', (category, text, phrase) => {
    expect(negated(text, phrase, category)).toBe(false);
  });

  it('never cancels a term that carries its own negation', () => {
    expect(negated('Je ne reviendrai plus jamais', 'plus jamais')).toBe(false);
    expect(negated('Jamais plus !', 'Jamais plus')).toBe(false);
    expect(negated("It's still not working", 'not working', 'outage')).toBe(false);
    const text = 'Je ne reviendrai plus jamais';
    expect(scoreRisk(text, [complaint(text, 'plus jamais')]).level).toBe('low');
  });

  it.each([
    ['Pas content du SAV', 'Pas content'],
    ['Pas du tout contente', 'Pas du tout contente'],
    ['Je ne suis plus satisfait', 'plus satisfait'],
    ['Not happy with Acme', 'Not happy'],
    ["I'm not very happy", 'not very happy'],
    ["I don't recommend it", "don't recommend"],
    ['I dont recommend it', 'dont recommend'],
    ['Je ne recommande pas', 'ne recommande'],
    ['Colis jamais reçu', 'jamais reçu'],
    ["Je n'ai toujours pas reçu ma commande", 'pas reçu'],
    ['Trois semaines sans réponse', 'sans réponse'],
    ['Nobody answered my emails', 'Nobody answered'],
    ["C'est pas normal", 'pas normal'],
    ['Vous êtes peu aimables', 'peu aimables'],
  ])('turns a negated positive word into a complaint: "%s"', (text, expected) => {
    const result = scoreRisk(text, []);
    expect(result.categories).toEqual(['complaint']);
    expect(result.hits.map((h) => h.term)).toEqual([expected]);
    expect(result.hits[0]).toMatchObject({ negated: false, start: text.indexOf(expected) });
    expect(result.level).not.toBe('none');
  });

  it.each(["L'appli ne marche plus", "It doesn't work anymore", 'The page is not loading'])(
    'turns a negated working verb into an outage: "%s"',
    (text) => {
      expect(scoreRisk(text, []).categories).toEqual(['outage']);
    },
  );

  it.each([
    'Je ne peux que recommander',
    "I can't recommend them enough",
    'On ne le recommandera jamais assez',
    "Can't say enough good things",
    "Couldn't be more happy",
    'Il ne pourrait pas être plus content',
    'Plus content que jamais',
    'Never been so happy',
    'Content, pas cher et rapide',
    'Not cheap, but happy',
    'Pas cher et content',
    'Ils sont nés contents',
  ])('leaves praise alone: "%s"', (text) => {
    expect(scoreRisk(text, []).level).toBe('none');
  });

  it('does not double-count a positive inside a lexicon phrase', () => {
    const text = 'Colis jamais reçu';
    const result = scoreRisk(text, [complaint(text, 'jamais reçu')]);
    expect(result.hits).toHaveLength(1);
    expect(result.score).toBe(2);
  });

  it('counts overlapping negated positives once, separate ones each', () => {
    const overlapping = scoreRisk('Pas reçu mon bon d’achat', []);
    expect(overlapping.hits.map((h) => h.term)).toEqual(['Pas reçu', 'Pas reçu mon bon']);
    expect(overlapping.score).toBe(2);
    expect(scoreRisk('Ni content ni satisfait', []).score).toBe(4);
  });
});
