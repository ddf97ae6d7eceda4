import { describe, expect, it } from 'vitest';
import {
  detectLanguage,
  FRANC_TO_ISO_639_1,
  languageFromHint,
  MIN_LETTERS_FOR_DETECTION,
} from '../../../lib/risk/language';

const samples: [language: string, text: string][] = [
  ['fr', 'Franchement déçu par le service client, ça fait trois semaines que j’attends mon colis.'],
  ['fr', 'Merci à toute l’équipe pour l’accueil, on reviendra avec plaisir cet été !'],
  ['fr', 'Quelqu’un sait si la boutique de Lyon est ouverte le dimanche ?'],
  ['fr', 'Encore une panne du réseau ce matin, impossible de travailler depuis chez moi.'],
  ['fr', 'Je viens de recevoir ma commande, tout est parfait, je recommande vivement.'],
  ['fr', '@Acme la nouvelle pub est franchement sexiste, vous n’avez pas honte ? #BoycottAcme'],
  ['en', 'Worst customer service ever, still waiting for my refund after a month.'],
  ['en', 'Just got my order and it looks amazing, thank you so much for the quick delivery!'],
  ['en', 'Does anyone know if the store in Manchester is open on Sundays?'],
  [
    'en',
    'The app keeps crashing every time I try to pay, please fix this https://acme.example/help',
  ],
  ['en', 'Honestly the new campaign is tone deaf and people are calling for a boycott.'],
  ['en', 'We had a lovely stay, the staff were friendly and the room was spotless.'],
  ['es', 'El servicio al cliente es terrible, llevo dos semanas esperando una respuesta.'],
  ['es', 'Me encanta la nueva colección, los colores son preciosos y la calidad es excelente.'],
  ['es', '¿Alguien sabe si la tienda de Madrid abre los domingos por la tarde?'],
  ['es', 'Pedí una devolución hace un mes y todavía no me han devuelto el dinero.'],
  ['de', 'Der Kundenservice ist eine Katastrophe, ich warte seit drei Wochen auf mein Paket.'],
  ['de', 'Vielen Dank für die schnelle Lieferung, alles ist in perfektem Zustand angekommen.'],
  ['de', 'Weiß jemand, ob der Laden in Berlin am Sonntag geöffnet hat?'],
  ['de', 'Die App stürzt ständig ab, wenn ich versuche, mich anzumelden.'],
  ['it', 'Il servizio clienti è pessimo, aspetto il rimborso da tre settimane.'],
  ['nl', 'De klantenservice is waardeloos, ik wacht al drie weken op mijn pakket.'],
  ['ru', 'Ужасное обслуживание, жду возврата денег уже месяц, никто не отвечает.'],
  ['ja', '新しいアプリはとても使いやすいです。ありがとうございました。'],
  ['zh', '这个产品的质量非常好，我会再次购买，推荐给大家。'],
];

describe('detectLanguage', () => {
  it.each(samples)('detects %s in "%s"', (language, text) => {
    const detected = detectLanguage(text);
    expect(detected).toMatchObject({ language, source: 'text' });
    expect(detected!.confidence).toBeGreaterThan(0);
    expect(detected!.confidence).toBeLessThanOrEqual(1);
  });

  it('gets every FR/EN/ES/DE sample right', () => {
    const core = samples.filter(([language]) => ['fr', 'en', 'es', 'de'].includes(language));
    expect(core.length).toBeGreaterThanOrEqual(20);
    const wrong = core.filter(([language, text]) => detectLanguage(text)?.language !== language);
    expect(wrong).toEqual([]);
  });

  it.each([
    '',
    'Service nul',
    'lol same 😂😂😂',
    '@Acme @AcmeSupport #fail https://acme.example/a/very/long/link',
    '12345 678 !!!',
  ])('says nothing about a short text: %j', (text) => {
    expect(detectLanguage(text)).toBeNull();
  });

  it('counts letters, not characters, against the minimum', () => {
    expect(MIN_LETTERS_FOR_DETECTION).toBe(20);
    expect(detectLanguage('Très déçu !!! 😡😡😡😡😡😡😡😡😡')).toBeNull();
  });

  it('prefers the page’s lang hint', () => {
    const english = 'Worst customer service ever, still waiting for my refund after a month.';
    expect(detectLanguage(english, 'fr-FR')).toEqual({
      language: 'fr',
      confidence: 1,
      source: 'hint',
    });
    expect(detectLanguage('ok', 'en')).toEqual({ language: 'en', confidence: 1, source: 'hint' });
  });

  it('ignores hints that name no language', () => {
    const french = 'Franchement déçu par le service client, ça fait trois semaines que j’attends.';
    for (const hint of ['', 'und', 'zxx', 'mul', '  ', 'x-klingon']) {
      expect(detectLanguage(french, hint)?.language, hint).toBe('fr');
    }
  });

  it('is less confident when close languages compete', () => {
    const clear = detectLanguage(
      'Worst customer service ever, still waiting for my refund after a month.',
    );
    const close = detectLanguage(
      'O atendimento foi péssimo, ainda estou esperando o reembolso do pedido.',
    );
    expect(close?.language).toBe('pt');
    expect(close!.confidence).toBeLessThan(clear!.confidence);
  });
});

describe('languageFromHint', () => {
  it.each([
    ['fr', 'fr'],
    ['fr-FR', 'fr'],
    ['EN_us', 'en'],
    ['zh-Hans-CN', 'zh'],
    ['iw', 'he'],
    ['fra', 'fr'],
    ['und', null],
    ['fil', null],
    [undefined, null],
  ])('%s → %s', (hint, expected) => {
    expect(languageFromHint(hint)).toBe(expected);
  });

  it('maps at least the languages Vigie names to ISO 639-1', () => {
    const named = Object.values(FRANC_TO_ISO_639_1);
    for (const code of [
      'fr',
      'en',
      'es',
      'de',
      'it',
      'pt',
      'nl',
      'ar',
      'tr',
      'pl',
      'ja',
      'zh',
      'ru',
    ]) {
      expect(named).toContain(code);
    }
  });
});
