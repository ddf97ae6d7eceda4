import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import {
  formatCount,
  formatTime,
  matchedWatchlists,
  REACH_KEYS,
  reachOf,
} from '@/lib/incidents/evidence';
import { networkKey } from '@/lib/incidents/labels';
import { webHref } from '@/lib/incidents/text';
import type { Incident, Mention } from '@/lib/store/schema';

export interface IncidentEvidenceProps {
  incident: Incident;
  screenshot: string | null;
  linked: readonly Mention[];
  watchlistNames: Readonly<Record<string, string>>;
  locale?: string;
}

/** What was captured: the screenshot, the post, its author, its reach, why it matched. */
export function IncidentEvidence({
  incident,
  screenshot,
  linked,
  watchlistNames,
  locale,
}: IncidentEvidenceProps) {
  const [large, setLarge] = useState(false);
  const address = incident.permalink || incident.url;
  const href = webHref(address);
  const reach = reachOf(incident, linked);
  const watchlists = matchedWatchlists(incident, linked, watchlistNames);
  const counts = REACH_KEYS.flatMap((key) => {
    const total = reach.totals[key];
    return total === undefined
      ? []
      : [`${t(`incident_reach_${key}`)} ${formatCount(total, { locale })}`];
  });
  return (
    <section class="incident-evidence" aria-label={t('incidents_evidence')}>
      <h3>{t('incidents_evidence')}</h3>
      {screenshot ? (
        <figure class={large ? 'screenshot large' : 'screenshot'}>
          <button
            type="button"
            class="screenshot-toggle"
            aria-expanded={large}
            title={t(large ? 'incidents_screenshot_shrink' : 'incidents_screenshot_enlarge')}
            onClick={() => setLarge(!large)}
          >
            <img
              src={screenshot}
              alt={t('incidents_screenshot_alt')}
              data-testid="incident-screenshot"
            />
          </button>
        </figure>
      ) : (
        <p class="muted" data-testid="incident-no-screenshot">
          {t('incidents_no_screenshot')}
        </p>
      )}
      <dl class="facts">
        {address && (
          <>
            <dt>{t('incident_field_link')}</dt>
            <dd>
              {href ? (
                <a
                  href={href}
                  target="_blank"
                  rel="noopener noreferrer"
                  data-testid="incident-permalink"
                >
                  {address}
                </a>
              ) : (
                <span data-testid="incident-permalink">{address}</span>
              )}
            </dd>
          </>
        )}
        {incident.author && (
          <>
            <dt>{t('incident_field_author')}</dt>
            <dd data-testid="incident-author">{incident.author}</dd>
          </>
        )}
        {incident.network && (
          <>
            <dt>{t('incident_field_network')}</dt>
            <dd>{t(networkKey(incident.network))}</dd>
          </>
        )}
        <dt>{t('incident_field_created')}</dt>
        <dd>{formatTime(incident.createdAt, { locale })}</dd>
        <dt>{t('incident_field_reach')}</dt>
        <dd data-testid="incident-reach">
          {counts.length > 0 ? counts.join(' · ') : t('incidents_reach_unknown')}
          {reach.mentions > 0 &&
            ` · ${t('incident_reach_mentions')} ${formatCount(reach.mentions, { locale })} · ${t('incident_reach_authors')} ${formatCount(reach.authors, { locale })}`}
        </dd>
        {watchlists.length > 0 && (
          <>
            <dt>{t('incident_field_watchlists')}</dt>
            <dd data-testid="incident-watchlists">{watchlists.join(', ')}</dd>
          </>
        )}
      </dl>
      {incident.excerpt && (
        <blockquote class="incident-excerpt" data-testid="incident-excerpt">
          {incident.excerpt}
        </blockquote>
      )}
    </section>
  );
}
