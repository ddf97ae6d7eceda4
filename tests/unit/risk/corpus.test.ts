/**
 * The whole lexicon and the scorer on realistic posts, through the naive
 * finder that stands in for the real matcher. Each case states the level and
 * the exact categories a CM would expect.
 */
import { describe, expect, it } from 'vitest';
import { RISK_LEXICON } from '../../../lib/risk/lexicon';
import { type RiskLevel, scoreRisk } from '../../../lib/risk/score';
import { naiveFind } from './naive-find';

type Case = [text: string, level: RiskLevel, categories: string[]];

const assess = (text: string) => scoreRisk(text, naiveFind(text, RISK_LEXICON));

const praiseAndQuestions: Case[] = [
  ['Super expérience chez @Acme, livraison rapide et produit conforme. Merci !', 'none', []],
  ['Je recommande vivement Acme, service client au top 👍', 'none', []],
  ['Quelqu’un sait si Acme livre en Belgique ?', 'none', []],
  ['Comment contacter le service client Acme ? Merci d’avance', 'none', []],
  ['Pas déçu du tout, la livraison Acme était parfaite.', 'none', []],
  ['Aucun problème avec ma commande, tout est nickel', 'none', []],
  ['No problem at all with my order, great job Acme!', 'none', []],
  ['Thanks @Acme, great customer service as always!', 'none', []],
  ['Does anyone know when Acme’s summer sale starts?', 'none', []],
  ['Honestly not disappointed, the new Acme phone is great', 'none', []],
  ['Sans danger pour les enfants, je recommande ce jouet Acme', 'none', []],
  ['Je ne peux que recommander Acme, équipe au top !', 'none', []],
  ['I can’t recommend Acme enough, brilliant team', 'none', []],
  ['Love the new Acme store in Paris, the staff couldn’t be more helpful', 'none', []],
  ['Je suis plus content que jamais de mon Acme', 'none', []],
];

const complaints: Case[] = [
  ['Très déçue par ma dernière commande Acme, le colis est arrivé abîmé.', 'low', ['complaint']],
  [
    '@Acme ça fait 3 semaines que j’attends mon remboursement. Inadmissible.',
    'medium',
    ['complaint', 'refund'],
  ],
  ['Pas content du tout du SAV Acme, personne ne répond au téléphone.', 'medium', ['complaint']],
  ['Not happy with @Acme at all, my parcel never arrived.', 'medium', ['complaint']],
  ['Plus jamais je ne commande chez Acme, service lamentable.', 'medium', ['complaint']],
  ['Jamais plus chez Acme.', 'low', ['complaint']],
  ['Never been so disappointed by Acme', 'low', ['complaint']],
  ['Acme, vous n’êtes pas sérieux ? Trois semaines sans réponse.', 'medium', ['complaint']],
  ['My Acme order was never delivered and support doesn’t answer', 'medium', ['complaint']],
  ['I wouldn’t recommend Acme to anyone, rude staff and awful food', 'high', ['complaint']],
  [
    'Le service client Acme est injoignable, c’est du foutage de gueule',
    'medium',
    ['complaint', 'anger'],
  ],
  [
    'J’en ai marre, ras le bol de vos retards @Acme, toujours pas reçu ma commande',
    'high',
    ['complaint', 'anger'],
  ],
  ['Acme refused my refund twice, what a joke', 'medium', ['anger', 'refund']],
];

const sarcasm: Case[] = [
  ['Merci @Acme pour ce magnifique colis jamais reçu 👏', 'low', ['complaint']],
  ['Bravo Acme, encore une panne, vraiment génial 🙃', 'low', ['outage']],
  // Known limit: sarcasm without a single risk word goes unseen.
  ['Wow, thanks Acme for losing my package AGAIN. Great job 🙄', 'none', []],
];

const escalations: Case[] = [
  [
    'Acme c’est une arnaque, je vais porter plainte et prévenir l’UFC-Que Choisir',
    'high',
    ['complaint', 'legal'],
  ],
  ['My lawyer will be in touch, this is false advertising @Acme', 'high', ['complaint', 'legal']],
  ['Thinking of a class action against Acme for the hidden fees', 'medium', ['complaint', 'legal']],
  ['I want my money back. Filed a chargeback with my bank.', 'high', ['refund']],
  ['Arnaque ! Acme m’a débité deux fois, je fais opposition', 'medium', ['complaint', 'refund']],
  [
    'Le SAV Acme : pas de réponse, pas de remboursement, pas de respect.',
    'medium',
    ['complaint', 'refund'],
  ],
];

const crises: Case[] = [
  ['La nouvelle pub Acme est sexiste. Retirez-la.', 'medium', ['discrimination']],
  [
    'Appel au boycott d’Acme après leur pub raciste, partagez !',
    'high',
    ['boycott', 'discrimination'],
  ],
  ['#BoycottAcme until they apologize for that tone deaf ad', 'high', ['crisis', 'boycott']],
  [
    'Acme accused of sexism after the CEO’s comments, backlash grows',
    'high',
    ['crisis', 'discrimination'],
  ],
  ['Je ne suis pas raciste mais la pub Acme…', 'medium', ['discrimination']],
  ['Polémique autour de la dernière campagne Acme, le bad buzz enfle', 'medium', ['crisis']],
  [
    'Acme’s new ad is racist, I’m never buying from them again',
    'medium',
    ['boycott', 'discrimination'],
  ],
  [
    'Data breach at Acme: my account was hacked and nobody answers',
    'high',
    ['complaint', 'crisis'],
  ],
  ['Plus jamais chez Acme !', 'medium', ['complaint', 'boycott']],
];

const safetyAndOutages: Case[] = [
  [
    'Intoxication alimentaire après un repas chez Acme, on a fini aux urgences.',
    'high',
    ['safety'],
  ],
  ['Rappel produit Acme pour risque de brûlure', 'high', ['safety']],
  ['Acme’s app is down again, can’t log in since this morning', 'medium', ['outage']],
  ['Encore une panne chez Acme, l’appli ne marche plus depuis hier', 'medium', ['outage']],
  ['Le site Acme est en panne ?', 'low', ['outage']],
  ['Acme ne fonctionne pas chez moi depuis la mise à jour', 'low', ['outage']],
  ['Is Acme’s website down for anyone else?', 'low', ['outage']],
];

describe.each([
  ['praise and questions', praiseAndQuestions],
  ['complaints', complaints],
  ['sarcasm', sarcasm],
  ['escalations', escalations],
  ['crises', crises],
  ['safety and outages', safetyAndOutages],
])('lexicon + scorer on %s', (_name, cases) => {
  it.each(cases)('%s → %s %j', (text, level, categories) => {
    const result = assess(text);
    expect(
      { level: result.level, categories: result.categories },
      JSON.stringify(result.hits),
    ).toEqual({
      level,
      categories,
    });
  });
});

describe('lexicon + scorer offsets', () => {
  it('returns hits whose offsets slice the original text', () => {
    const text = 'Très déçue, l’appli Acme ne marche plus et pas de remboursement.';
    const slices = assess(text)
      .hits.filter((hit) => !hit.negated)
      .map((hit) => text.slice(hit.start, hit.end));
    expect(slices).toEqual(['déçue', 'marche plus', 'remboursement']);
  });
});
