import { t } from '@/lib/i18n';
import { formatTime } from '@/lib/incidents/evidence';
import { networkKey } from '@/lib/incidents/labels';
import type { LinkReason } from '@/lib/incidents/links';
import { webHref } from '@/lib/incidents/text';
import type { Mention } from '@/lib/store/schema';

export interface IncidentLinksProps {
  linked: readonly Mention[];
  suggestions: readonly { mention: Mention; reasons: LinkReason[] }[];
  busy: boolean;
  onAttach: (mention: Mention) => void;
  onDetach: (mention: Mention) => void;
  locale?: string;
}

function MentionLine({ mention, locale }: { mention: Mention; locale?: string }) {
  const href = webHref(mention.permalink ?? mention.url);
  return (
    <span class="mention-line">
      <strong>{mention.author.name ?? mention.author.handle ?? '—'}</strong>{' '}
      <span class="muted">
        {t(networkKey(mention.network))} · {formatTime(mention.firstSeenAt, { locale })}
      </span>{' '}
      {href && (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {t('incidents_open_post')}
        </a>
      )}
      <span class="excerpt">{mention.text.slice(0, 280)}</span>
    </span>
  );
}

/** The mentions that show how the affair spread: attached, and later ones that look related. */
export function IncidentLinks({
  linked,
  suggestions,
  busy,
  onAttach,
  onDetach,
  locale,
}: IncidentLinksProps) {
  return (
    <section class="incident-links" aria-label={t('incident_report_mentions')}>
      <h3>{t('incident_report_mentions')}</h3>
      {linked.length === 0 ? (
        <p class="muted">{t('incident_report_no_mentions')}</p>
      ) : (
        <ul class="list" data-testid="incident-linked">
          {linked.map((mention) => (
            <li key={mention.id} data-mention-id={mention.id}>
              <MentionLine mention={mention} locale={locale} />
              <button
                type="button"
                data-testid="detach"
                disabled={busy}
                onClick={() => onDetach(mention)}
              >
                {t('incidents_detach')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <h4>{t('incidents_suggested')}</h4>
      {suggestions.length === 0 ? (
        <p class="muted" data-testid="incident-suggestions-empty">
          {t('incidents_suggested_none')}
        </p>
      ) : (
        <ul class="list" data-testid="incident-suggestions">
          {suggestions.map(({ mention, reasons }) => (
            <li key={mention.id} data-mention-id={mention.id}>
              <MentionLine mention={mention} locale={locale} />
              <span class="muted reasons">
                {t(
                  'incidents_reasons',
                  reasons.map((r) => t(`incident_link_reason_${r}`)).join(', '),
                )}
              </span>
              <button
                type="button"
                class="primary"
                data-testid="attach"
                disabled={busy}
                onClick={() => onAttach(mention)}
              >
                {t('incidents_attach')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
