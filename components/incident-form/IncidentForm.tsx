import { t } from '@/lib/i18n';
import type { IncidentFormFields, IncidentFormPrefill } from '@/lib/messages/content-commands';
import { INCIDENT_CATEGORIES } from '@/lib/store/constants';

export interface IncidentFormProps {
  prefill: IncidentFormPrefill;
  fields: IncidentFormFields;
  onChange: (fields: IncidentFormFields) => void;
  onSave: () => void;
  onCancel: () => void;
}

const SEVERITIES = [1, 2, 3, 4] as const;

/**
 * The bad buzz, already saved with its evidence: the CM only refines it.
 * Enter saves (Shift+Enter for a new line in the notes), Esc cancels.
 */
export function IncidentForm({ prefill, fields, onChange, onSave, onCancel }: IncidentFormProps) {
  const set = (patch: Partial<IncidentFormFields>) => onChange({ ...fields, ...patch });
  return (
    <form
      class="incident"
      aria-label={t('incident_form_title')}
      data-testid="incident-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSave();
      }}
      onKeyDown={(event) => {
        event.stopPropagation();
        if (event.key === 'Escape') {
          event.preventDefault();
          onCancel();
        } else if (
          event.key === 'Enter' &&
          !event.shiftKey &&
          !(event.target instanceof HTMLSelectElement)
        ) {
          event.preventDefault();
          onSave();
        }
      }}
    >
      <p class="incident-title">{t('incident_form_title')}</p>
      <p class="muted">
        {t(prefill.screenshot ? 'incident_form_saved' : 'incident_form_saved_no_screenshot')}
      </p>
      {prefill.excerpt && <blockquote>{prefill.excerpt.slice(0, 280)}</blockquote>}
      <label>
        {t('incident_form_name')}
        <input
          type="text"
          data-testid="incident-title"
          value={fields.title}
          ref={(element) => {
            if (element && !element.matches(':focus') && !element.dataset.focused) {
              element.dataset.focused = '1';
              element.focus();
            }
          }}
          onInput={(event) => set({ title: event.currentTarget.value })}
        />
      </label>
      <label>
        {t('incident_form_category')}
        <select
          data-testid="incident-category"
          value={fields.category}
          onChange={(event) =>
            set({ category: event.currentTarget.value as IncidentFormFields['category'] })
          }
        >
          {INCIDENT_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {t(`incident_category_${category.replaceAll('-', '_')}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('incident_form_severity')}</legend>
        {SEVERITIES.map((severity) => (
          <label key={severity} class="severity">
            <input
              type="radio"
              name="vigie-severity"
              data-testid={`incident-severity-${severity}`}
              checked={fields.severity === severity}
              onChange={() => set({ severity })}
            />{' '}
            {t(`incident_severity_${severity}`)} —{' '}
            <span class="muted">{t(`incident_severity_${severity}_help`)}</span>
          </label>
        ))}
      </fieldset>
      <label>
        {t('incident_form_notes')}
        <textarea
          rows={3}
          data-testid="incident-notes"
          value={fields.notes}
          onInput={(event) => set({ notes: event.currentTarget.value })}
        />
      </label>
      <label class="escalate">
        <input
          type="checkbox"
          data-testid="incident-escalate"
          checked={fields.escalate}
          onChange={(event) => set({ escalate: event.currentTarget.checked })}
        />{' '}
        {t('incident_form_escalate')}
      </label>
      <div class="actions">
        <button type="submit" class="primary" data-testid="incident-save">
          {t('incident_form_save')}
        </button>
        <button type="button" data-testid="incident-cancel" onClick={onCancel}>
          {t('incident_form_cancel')}
        </button>
      </div>
    </form>
  );
}
