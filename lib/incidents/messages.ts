/**
 * Every word the incident features show, in English and French. This table
 * is the source of the `incident_*` keys in `public/_locales/{en,fr}`
 * (tests/unit/incidents/messages.test.ts checks they agree). French follows
 * French typography: a no-break space before ":", a narrow one before
 * "; ! ?" and inside « ».
 */
interface MessageSpec {
  en: string;
  fr: string;
  /** For translators: what the `$n` are. */
  description?: string;
}

const NBSP = '\u00a0';
const NNBSP = '\u202f';
const colon = `${NBSP}:`;
const quoted = (text: string) => `«${NNBSP}${text}${NNBSP}»`;

export const INCIDENT_MESSAGES = {
  incident_category_bad_joke: { en: 'Bad joke', fr: 'Blague mal reçue' },
  incident_category_misplaced_opportunism: {
    en: 'Misplaced opportunism',
    fr: 'Opportunisme mal placé',
  },
  incident_category_technical_mishap: {
    en: 'Technical mishap (post sent by mistake)',
    fr: 'Erreur technique (publication partie par erreur)',
  },
  incident_category_viral_complaint: {
    en: 'Customer complaint going viral',
    fr: 'Plainte client qui devient virale',
  },
  incident_category_product_failure: {
    en: 'Product or service failure',
    fr: 'Défaillance du produit ou du service',
  },
  incident_category_discrimination: {
    en: 'Discrimination or sexism',
    fr: 'Discrimination ou sexisme',
  },
  incident_category_rumour: { en: 'Rumour or fake news', fr: 'Rumeur ou fausse information' },
  incident_category_internal: {
    en: 'Internal or employee matter',
    fr: 'Sujet interne ou salarié',
  },
  incident_category_other: { en: 'Other', fr: 'Autre' },

  incident_severity_1: { en: 'Low', fr: 'Faible' },
  incident_severity_1_help: {
    en: 'Isolated: one person, little engagement, no sign of spreading.',
    fr: `Isolé${colon} une seule personne, peu d’interactions, aucun signe de propagation.`,
  },
  incident_severity_2: { en: 'Moderate', fr: 'Modérée' },
  incident_severity_2_help: {
    en: 'A few people or a growing thread: watch it and answer.',
    fr: `Quelques personnes ou un fil qui grossit${colon} à surveiller et à traiter.`,
  },
  incident_severity_3: { en: 'High', fr: 'Élevée' },
  incident_severity_3_help: {
    en: 'Spreading: shared by influential accounts or on several networks, press risk.',
    fr: `Propagation${colon} reprise par des comptes influents ou sur plusieurs réseaux, risque de reprise par la presse.`,
  },
  incident_severity_4: { en: 'Critical', fr: 'Critique' },
  incident_severity_4_help: {
    en: 'Viral, or legal or safety at stake: the senior steps in now.',
    fr: `Viral, ou enjeu juridique ou de sécurité${colon} le senior intervient tout de suite.`,
  },

  incident_status_open: { en: 'Open', fr: 'Ouvert' },
  incident_status_escalated: { en: 'Escalated to senior', fr: 'Remonté au senior' },
  incident_status_holding: {
    en: 'Holding statement published',
    fr: 'Message d’attente publié',
  },
  incident_status_resolved: { en: 'Resolved', fr: 'Résolu' },
  incident_status_post_mortem: { en: 'Post-mortem', fr: 'Retour d’expérience' },

  incident_action_escalate: { en: 'Escalate to senior', fr: 'Faire remonter au senior' },
  incident_action_publish_holding: {
    en: 'Holding statement published',
    fr: 'Message d’attente publié',
  },
  incident_action_resolve: { en: 'Mark resolved', fr: 'Marquer comme résolu' },
  incident_action_de_escalate: { en: 'Hand back to the team', fr: 'Rendre à l’équipe' },
  incident_action_reopen: { en: 'Reopen', fr: 'Rouvrir' },
  incident_action_post_mortem: {
    en: 'Start the post-mortem',
    fr: 'Passer au retour d’expérience',
  },

  incident_link_reason_author: { en: 'same author', fr: 'même auteur' },
  incident_link_reason_url: {
    en: 'same post or a link to it',
    fr: 'même publication ou lien vers elle',
  },
  incident_link_reason_terms: { en: 'same words', fr: 'mêmes mots' },

  incident_field_link: { en: 'Link', fr: 'Lien' },
  incident_field_page: { en: 'Page', fr: 'Page' },
  incident_field_author: { en: 'Author', fr: 'Auteur' },
  incident_field_network: { en: 'Network', fr: 'Réseau' },
  incident_field_status: { en: 'Status', fr: 'Statut' },
  incident_field_created: { en: 'Captured', fr: 'Date du signalement' },
  incident_field_updated: { en: 'Last update', fr: 'Dernière mise à jour' },
  incident_field_category: { en: 'Category', fr: 'Catégorie' },
  incident_field_severity: { en: 'Severity', fr: 'Gravité' },
  incident_field_watchlists: { en: 'Matched watchlists', fr: 'Veilles concernées' },
  incident_field_reach: { en: 'Reach', fr: 'Portée' },
  incident_field_excerpt: { en: 'Excerpt', fr: 'Extrait' },
  incident_field_notes: { en: 'Notes', fr: 'Notes' },
  incident_label_value: {
    en: '$1: $2',
    fr: `$1${colon} $2`,
    description: 'A label and its value. $1 = label, $2 = value',
  },
  incident_quote: {
    en: '“$1”',
    fr: quoted('$1'),
    description: 'Quoted page text. $1 = the text',
  },

  incident_packet_heading: {
    en: 'Incident: $1',
    fr: `Incident${colon} $1`,
    description: 'First line of the escalation packet. $1 = incident title',
  },
  incident_packet_why: { en: 'Why it matters', fr: 'Pourquoi c’est important' },
  incident_packet_timeline: { en: 'Timeline so far', fr: 'Chronologie à ce stade' },
  incident_packet_holding: { en: 'Suggested holding statement', fr: 'Message d’attente proposé' },
  incident_packet_no_holding: {
    en: 'None chosen yet: pick a crisis template (intent “holding statement”).',
    fr: `Aucun pour l’instant${colon} choisissez un modèle de crise (intention ${quoted('message d’attente')}).`,
  },
  incident_reach_likes: { en: 'Likes', fr: 'J’aime' },
  incident_reach_replies: { en: 'Replies', fr: 'Réponses' },
  incident_reach_reposts: { en: 'Reposts', fr: 'Partages' },
  incident_reach_views: { en: 'Views', fr: 'Vues' },
  incident_reach_mentions: { en: 'Linked mentions', fr: 'Mentions liées' },
  incident_reach_authors: { en: 'Distinct authors', fr: 'Auteurs distincts' },
  incident_reach_none: { en: 'no linked mention yet', fr: 'aucune mention liée pour l’instant' },

  incident_report_title: { en: 'Crisis report', fr: 'Rapport de crise' },
  incident_report_generated: {
    en: 'Generated on $1',
    fr: 'Généré le $1',
    description: '$1 = date and time',
  },
  incident_report_period: {
    en: 'Period: $1 to $2',
    fr: `Période${colon} du $1 au $2`,
    description: '$1 = start, $2 = end (date and time)',
  },
  incident_report_summary: { en: 'Summary', fr: 'Synthèse' },
  incident_report_incidents: { en: 'Incidents', fr: 'Incidents' },
  incident_report_none: {
    en: 'No incident in this period.',
    fr: 'Aucun incident sur cette période.',
  },
  incident_report_by_category: {
    en: 'By category and severity',
    fr: 'Par catégorie et gravité',
  },
  incident_report_by_status: { en: 'By status', fr: 'Par statut' },
  incident_report_total: { en: 'Total', fr: 'Total' },
  incident_report_screenshot: { en: 'Screenshot', fr: 'Capture d’écran' },
  incident_report_screenshot_alt: {
    en: 'The page when the incident was captured: $1',
    fr: `La page au moment du signalement${colon} $1`,
    description: '$1 = incident title',
  },
  incident_report_screenshot_missing: {
    en: 'The screenshot could not be found.',
    fr: 'La capture d’écran est introuvable.',
  },
  incident_report_timeline: { en: 'Timeline', fr: 'Chronologie' },
  incident_report_mentions: { en: 'Linked mentions', fr: 'Mentions liées' },
  incident_report_no_mentions: { en: 'No linked mention.', fr: 'Aucune mention liée.' },
  incident_report_col_seen: { en: 'Seen', fr: 'Repérée' },
  incident_report_col_posted: { en: 'Posted', fr: 'Publiée' },
  incident_report_col_text: { en: 'Text', fr: 'Texte' },
  incident_report_footer: {
    en: 'Made by Vigie on this computer. Text from the pages is shown as it was written, as plain text; links lead only to web addresses.',
    fr: `Généré par Vigie sur cet ordinateur. Le texte des pages est reproduit tel quel, en texte brut${NNBSP}; les liens ne mènent qu’à des adresses web.`,
  },

  incident_spike_title: {
    en: 'Risky mentions surging: $1',
    fr: `Mentions à risque en forte hausse${colon} $1`,
    description: '$1 = watchlist name',
  },
  incident_spike_body: {
    en: '$1 risky mentions in the hour, against $2 per hour on average over the previous 24 hours.',
    fr: '$1 mentions à risque en une heure, contre $2 par heure en moyenne sur les 24 heures précédentes.',
    description: '$1 = count in the hour, $2 = hourly mean',
  },
  incident_spike_body_quiet: {
    en: '$1 risky mentions in the hour, where there were none over the previous 24 hours.',
    fr: '$1 mentions à risque en une heure, alors qu’il n’y en avait aucune sur les 24 heures précédentes.',
    description: '$1 = count in the hour',
  },
} satisfies Record<string, MessageSpec>;

export type IncidentMessageKey = keyof typeof INCIDENT_MESSAGES;

/** The `incident_*` entries of one locale's messages.json, from the table. */
export function incidentsLocaleEntries(
  lang: 'en' | 'fr',
): Record<string, { message: string; description?: string }> {
  const entries: Record<string, { message: string; description?: string }> = {};
  for (const [key, spec] of Object.entries(INCIDENT_MESSAGES) as [string, MessageSpec][]) {
    entries[key] = spec.description
      ? { message: spec[lang], description: spec.description }
      : { message: spec[lang] };
  }
  return entries;
}
