import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import {
  categoryLabelKey,
  INCIDENT_CATEGORIES,
  type IncidentCategory,
  SEVERITY_LEVELS,
  severityText,
} from '@/lib/incidents/labels';
import type { Incident } from '@/lib/store/schema';

export interface IncidentEdit {
  title: string;
  category: IncidentCategory;
  severity: number;
  notes: string;
}

export interface IncidentFieldsProps {
  incident: Incident;
  busy: boolean;
  onSave: (edit: IncidentEdit) => Promise<void>;
}

const editOf = (incident: Incident): IncidentEdit => ({
  title: incident.title,
  category: incident.category,
  severity: incident.severity,
  notes: incident.notes,
});

/** Title, category, severity and notes, saved together; a change elsewhere does not wipe what is being typed. */
export function IncidentFields({ incident, busy, onSave }: IncidentFieldsProps) {
  const [edit, setEdit] = useState(() => editOf(incident));
  const [saved, setSaved] = useState(false);
  const stored = editOf(incident);
  const dirty = JSON.stringify(edit) !== JSON.stringify(stored);
  // Another window changed the incident: follow it unless the CM is editing here.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a stored change matters
  useEffect(() => {
    if (!dirty) setEdit(editOf(incident));
  }, [incident.updatedAt]);

  const save = async (event: Event) => {
    event.preventDefault();
    if (!edit.title.trim()) return;
    await onSave({ ...edit, title: edit.title.trim() });
    setSaved(true);
  };
  const change = (patch: Partial<IncidentEdit>) => {
    setSaved(false);
    setEdit({ ...edit, ...patch });
  };

  return (
    <form class="incident-fields" onSubmit={(event) => void save(event)}>
      <h3>{t('incidents_details')}</h3>
      <label class="stacked">
        {t('incidents_field_title')}
        <input
          data-testid="incident-edit-title"
          required
          maxLength={300}
          value={edit.title}
          onInput={(event) => change({ title: event.currentTarget.value })}
        />
      </label>
      <div class="row">
        <label class="stacked">
          {t('incident_field_category')}
          <select
            data-testid="incident-edit-category"
            value={edit.category}
            onChange={(event) =>
              change({ category: event.currentTarget.value as IncidentCategory })
            }
          >
            {INCIDENT_CATEGORIES.map((category) => (
              <option key={category} value={category}>
                {t(categoryLabelKey(category))}
              </option>
            ))}
          </select>
        </label>
        <label class="stacked">
          {t('incident_field_severity')}
          <select
            data-testid="incident-edit-severity"
            value={String(edit.severity)}
            onChange={(event) => change({ severity: Number(event.currentTarget.value) })}
          >
            {SEVERITY_LEVELS.map(({ level }) => (
              <option key={level} value={String(level)}>
                {severityText(level, t)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label class="stacked">
        {t('incident_field_notes')}
        <textarea
          data-testid="incident-edit-notes"
          rows={3}
          maxLength={20_000}
          value={edit.notes}
          onInput={(event) => change({ notes: event.currentTarget.value })}
        />
      </label>
      <p class="actions">
        <button type="submit" data-testid="incident-save" disabled={busy || !dirty}>
          {t('incidents_save')}
        </button>
        {saved && !dirty && (
          <span class="ok" role="status">
            {t('incidents_saved')}
          </span>
        )}
      </p>
    </form>
  );
}
