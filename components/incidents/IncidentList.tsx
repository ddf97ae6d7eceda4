import { t } from '@/lib/i18n';
import { formatTime } from '@/lib/incidents/evidence';
import type { IncidentFilter } from '@/lib/incidents/filter';
import {
  categoryLabelKey,
  INCIDENT_CATEGORIES,
  INCIDENT_STATUSES,
  networkKey,
  SEVERITY_LEVELS,
  severityLabelKey,
  statusLabelKey,
} from '@/lib/incidents/labels';
import type { Incident } from '@/lib/store/schema';

export interface IncidentListProps {
  /** Already filtered, newest first. */
  incidents: readonly Incident[];
  /** All incidents of the workspace (to tell "none yet" from "none match"). */
  total: number;
  filter: IncidentFilter;
  onFilter: (filter: IncidentFilter) => void;
  onOpen: (incident: Incident) => void;
  locale?: string;
}

const SEVERITY_NAMES = ['low', 'moderate', 'high', 'critical'] as const;

/** The severity as a coloured badge: the level's name and its rank. */
export function SeverityBadge({ level }: { level: number }) {
  return (
    <span
      class={`incident-severity severity-${SEVERITY_NAMES[level - 1] ?? 'low'}`}
      data-testid="incident-severity"
      title={t('incident_field_severity')}
    >
      {t(severityLabelKey(level))} {level}/4
    </span>
  );
}

export function StatusChip({ status }: { status: Incident['status'] }) {
  return (
    <span class={`incident-status status-${status}`} data-testid="incident-status">
      {t(statusLabelKey(status))}
    </span>
  );
}

/** The workspace's incidents, filterable, each with its severity and status at a glance. */
export function IncidentList({
  incidents,
  total,
  filter,
  onFilter,
  onOpen,
  locale,
}: IncidentListProps) {
  return (
    <section class="incident-list" aria-label={t('incidents_title')}>
      <fieldset class="filters">
        <legend class="sr-only">{t('incidents_filters')}</legend>
        <label>
          <span class="sr-only">{t('incident_field_status')}</span>
          <select
            data-testid="incident-filter-status"
            value={filter.status}
            onChange={(event) =>
              onFilter({
                ...filter,
                status: event.currentTarget.value as IncidentFilter['status'],
              })
            }
          >
            <option value="all">{t('incidents_filter_all_statuses')}</option>
            <option value="active">{t('incidents_filter_active')}</option>
            {INCIDENT_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(statusLabelKey(status))}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="sr-only">{t('incident_field_category')}</span>
          <select
            data-testid="incident-filter-category"
            value={filter.category}
            onChange={(event) =>
              onFilter({
                ...filter,
                category: event.currentTarget.value as IncidentFilter['category'],
              })
            }
          >
            <option value="all">{t('incidents_filter_all_categories')}</option>
            {INCIDENT_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(categoryLabelKey(category))}
              </option>
            ))}
          </select>
        </label>
        <label>
          <span class="sr-only">{t('incident_field_severity')}</span>
          <select
            data-testid="incident-filter-severity"
            value={String(filter.minSeverity)}
            onChange={(event) =>
              onFilter({ ...filter, minSeverity: Number(event.currentTarget.value) })
            }
          >
            <option value="1">{t('incidents_filter_any_severity')}</option>
            {SEVERITY_LEVELS.slice(1).map(({ level, labelKey }) => (
              <option key={level} value={String(level)}>
                {t('incidents_filter_min_severity', t(labelKey))}
              </option>
            ))}
          </select>
        </label>
      </fieldset>
      <p class="muted" data-testid="incident-count">
        {t('incidents_count', incidents.length)}
      </p>
      {incidents.length === 0 ? (
        <p class="muted" data-testid="incidents-empty">
          {t(total === 0 ? 'incidents_empty' : 'incidents_none_match')}
        </p>
      ) : (
        <ul class="list incidents" data-testid="incident-list">
          {incidents.map((incident) => (
            <li
              key={incident.id}
              data-incident-id={incident.id}
              data-severity={incident.severity}
              data-status={incident.status}
            >
              <button type="button" class="incident-row" onClick={() => onOpen(incident)}>
                <span class="incident-row-head">
                  <SeverityBadge level={incident.severity} />
                  <StatusChip status={incident.status} />
                  <span
                    class="linked-count"
                    data-testid="incident-linked-count"
                    title={t('incidents_linked_count', incident.mentionIds.length)}
                  >
                    {t('incidents_linked_count', incident.mentionIds.length)}
                  </span>
                </span>
                <strong class="incident-title">{incident.title}</strong>
                <span class="muted">
                  {[
                    incident.author,
                    incident.network ? t(networkKey(incident.network)) : '',
                    t(categoryLabelKey(incident.category)),
                    formatTime(incident.createdAt, { locale }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
