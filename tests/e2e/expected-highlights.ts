/**
 * What Vigie highlights on each replica page with tests/fixtures/bundles/acme.json
 * imported: the exact text under each range, in page order, per highlight.
 * Reviewed by hand against the fixtures; a change here is a change of behaviour.
 */
export interface ExpectedHighlights {
  brand: string[];
  competitor: string[];
  topic: string[];
  risk: string[];
}

export const EXPECTED_HIGHLIGHTS: Record<string, ExpectedHighlights> = {
  'x/feed': {
    brand: ['Acme Air', '#acmeair', '@acme_air', 'Acme Air', 'Acme Air', '#acmeair', 'Acme Air'],
    competitor: ['SkyJet', 'SkyJet', 'SkyJet', 'SkyJet', '#SkyJet', 'SkyJet'],
    topic: ['delay', 'Flight', 'cancelled', 'flight'],
    risk: [],
  },
  'x/post': {
    brand: ['Acme Air', '#acmeair', 'Acme Air'],
    competitor: ['SkyJet', '@skyjet', 'skyjet', 'skyjet'],
    topic: ['Vol', 'annulé'],
    risk: ['toujours pas', 'remboursement'],
  },
  'x/react-feed': {
    brand: ['Acme Air', '#acmeair', '@acme_air'],
    competitor: ['SkyJet', 'SkyJet'],
    topic: [],
    risk: [],
  },
  'facebook/feed': {
    brand: ['Acme Air', '#acmeair', 'Acme Air', 'Acme Air', 'Acme Air'],
    competitor: ['SkyJet', 'SkyJet', 'SkyJet'],
    topic: ['flight', 'cancelled'],
    risk: [],
  },
  'facebook/post': {
    brand: ['Acme Air', '#acmeair', 'Acme Air', 'Acme Air', 'Acme Air'],
    competitor: ['SkyJet'],
    topic: ['vol', 'retardé'],
    risk: ['déçue'],
  },
  'facebook/react-feed': {
    brand: ['#acmeair', 'Acme Air', 'Acme Air'],
    competitor: ['SkyJet'],
    topic: [],
    risk: [],
  },
  'instagram/feed': {
    brand: ['Acme Air', '@acme_air', '#AcmeAir', '#acmeair'],
    competitor: ['SkyJet', '#SkyJet', 'SkyJet'],
    topic: [],
    risk: [],
  },
  'instagram/post': {
    brand: ['Acme Air', '#acmeair', '@acme_air'],
    competitor: ['SkyJet'],
    topic: ['Vol', 'annulé'],
    risk: ['aucune réponse'],
  },
  'instagram/react-feed': {
    brand: ['Acme Air', '#acmeair', '@acme_air'],
    competitor: ['SkyJet'],
    topic: [],
    risk: [],
  },
  'linkedin/feed': {
    brand: ['Acme Air', '#acmeair', 'Acme Air', 'Acme Air'],
    competitor: ['SkyJet', 'SkyJet', '#SkyJet', 'SkyJet', 'SkyJet', 'SkyJet'],
    topic: [],
    risk: [],
  },
  'linkedin/post': {
    brand: ['Acme Air', '#acmeair', 'Acme Air', 'Acme Air', '#acmeair'],
    competitor: ['SkyJet'],
    topic: [],
    risk: [],
  },
  'youtube/feed': {
    brand: ['Acme Air', '#acmeair', 'Acme Air', '#AcmeAir'],
    competitor: ['SkyJet'],
    topic: [],
    risk: [],
  },
  'youtube/post': {
    brand: ['Acme Air', '#acmeair', 'Acme Air'],
    competitor: ['SkyJet', 'SkyJet'],
    topic: ['Vol', 'retardé'],
    risk: [],
  },
  'tiktok/feed': {
    brand: ['Acme Air', '#acmeair', 'Acme Air'],
    competitor: ['@skyjet', 'skyjet', 'SkyJet', '#SkyJet', 'SkyJet'],
    topic: [],
    risk: [],
  },
  'tiktok/post': {
    brand: ['Acme Air', '#acmeair', 'Acme Air'],
    competitor: ['@skyjet', 'skyjet', 'SkyJet', 'SkyJet'],
    topic: ['Vol', 'annulé'],
    risk: [],
  },
  'reddit/feed': {
    brand: ['Acme Air', 'Acme Air', '@acme_air', '#acmeair', 'Acme Air', 'Acme Air', 'Acme Air'],
    competitor: ['SkyJet', 'SkyJet', 'SkyJet'],
    topic: ['annule', 'vol', 'annulation'],
    risk: ['remboursement', 'déçu'],
  },
  'reddit/post': {
    brand: ['Acme Air', 'Acme Air', '@acme_air', '#acmeair', 'Acme Air', 'Acme Air', '@acme_air'],
    competitor: ['SkyJet', 'SkyJet', 'SkyJet'],
    topic: ['annule', 'vol', 'annulation'],
    risk: ['remboursement', 'déçu', 'chargeback', 'refund', 'refund'],
  },
  'reddit/react-feed': {
    brand: ['Acme Air', 'Acme Air', '#acmeair', 'Acme Air'],
    competitor: ['SkyJet', 'SkyJet', 'SkyJet'],
    topic: ['annule', 'vol', 'annulation'],
    risk: [],
  },
  'reddit-old/feed': {
    brand: ['Acme Air', 'Acme Air', '@acme_air', '#acmeair', 'Acme Air', 'Acme Air'],
    competitor: ['SkyJet', 'SkyJet'],
    topic: ['annule', 'vol', 'annulation'],
    risk: ['remboursement', 'déçu'],
  },
  'reddit-old/post': {
    brand: ['Acme Air', 'Acme Air', '@acme_air', '#acmeair', 'Acme Air', 'Acme Air', '@acme_air'],
    competitor: ['SkyJet', 'SkyJet', 'SkyJet'],
    topic: ['annule', 'vol', 'annulation'],
    risk: ['remboursement', 'déçu', 'refund'],
  },
  'trustpilot/feed': {
    brand: ['Acme Air', '@acme_air', 'Acme Air', '#acmeair'],
    competitor: ['SkyJet', 'SkyJet'],
    topic: ['Vol', 'annulé', 'Vol', 'annulé'],
    risk: ['remboursement', 'toujours pas', 'remboursement', 'remboursement'],
  },
  'trustpilot/post': {
    brand: ['Acme Air', 'Acme Air', '#acmeair', '@acme_air'],
    competitor: ['SkyJet', 'SkyJet'],
    topic: [],
    risk: ['no answer', 'zero answers', 'never acceptable', 'compensation'],
  },
  'tripadvisor/feed': {
    brand: ['Acme Air', '@acme_air', 'Acme Air', '#acmeair'],
    competitor: ['SkyJet', 'SkyJet'],
    topic: ['Vol', 'annulé', 'Vol', 'annulé'],
    risk: ['remboursement', 'indemnisation', 'remboursement', 'crashing'],
  },
  'tripadvisor/post': {
    brand: ['Acme Air', 'Acme Air', '@acme_air'],
    competitor: ['SkyJet'],
    topic: [],
    risk: [],
  },
  'google-maps/feed': {
    brand: ['Acme Air', '@acme_air', 'Acme Air', 'Acme Air', '#acmeair'],
    competitor: ['SkyJet'],
    topic: ['vol', 'annulé'],
    risk: ['remboursement'],
  },
  'google-maps/post': {
    brand: ['Acme Air', 'Acme Air', 'Acme Air', '#acmeair'],
    competitor: ['SkyJet'],
    topic: [],
    risk: ['en panne', 'panne', 'honte'],
  },
  'mastodon/feed': {
    brand: [
      'Acme Air',
      '@acme_air',
      'acme-air',
      '#acmeair',
      'Acme Air',
      '#acmeair',
      'Acme Air',
      'Acme Air',
    ],
    competitor: ['SkyJet', 'SkyJet', 'SkyJet'],
    topic: ['vol', 'Vol', 'retard'],
    risk: ['rembourser', 'remboursem', 'déçu'],
  },
  'mastodon/post': {
    brand: ['Acme Air', '@acme_air', '#acmeair', 'acme-air', '@acme_air'],
    competitor: ['SkyJet'],
    topic: [],
    risk: ['rembourser', 'remboursement', 'refund'],
  },
  'bluesky/feed': {
    brand: ['Acme Air', '#acmeair', 'Acme Air', 'Acme Air'],
    competitor: ['SkyJet'],
    topic: ['vol', 'annulé', 'vol', 'annulé'],
    risk: ['remboursez', 'déçu', 'remboursement'],
  },
  'bluesky/post': {
    brand: ['Acme Air', 'acme-air'],
    competitor: ['SkyJet'],
    topic: ['vol', 'annulé'],
    risk: ['remboursez', 'remboursement', 'refund'],
  },
};
