import { t } from '@/lib/i18n';
import { formatTime } from '@/lib/incidents/evidence';
import { statusLabelKey } from '@/lib/incidents/labels';
import type { Incident } from '@/lib/store/schema';

/** Every event of the incident, oldest first: when, what, who, and why. */
export function IncidentTimeline({ incident, locale }: { incident: Incident; locale?: string }) {
  return (
    <section class="incident-timeline" aria-label={t('incident_report_timeline')}>
      <h3>{t('incident_report_timeline')}</h3>
      <ol data-testid="incident-timeline">
        {incident.timeline.map((event) => (
          <li
            // Events are appended, never edited: time, status and comment identify one.
            key={`${event.at}-${event.status}-${event.mention?.id ?? ''}-${event.comment}`}
            data-status={event.status}
            data-kind={event.mention ? `mention-${event.mention.action}` : 'status'}
          >
            <time dateTime={new Date(event.at).toISOString()}>
              {formatTime(event.at, { locale })}
            </time>{' '}
            {event.mention ? (
              // The comment says what was attached or detached; the status did not change.
              <span class="tag link-event" aria-hidden="true">
                🔗
              </span>
            ) : (
              <strong data-testid="timeline-status">{t(statusLabelKey(event.status))}</strong>
            )}{' '}
            {event.by && (
              <span class="muted" data-testid="timeline-by">
                {t('incidents_by', event.by)}
              </span>
            )}
            {event.comment && (
              <p class="timeline-comment" data-testid="timeline-comment">
                {event.comment}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
