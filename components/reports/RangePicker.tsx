import { t } from '@/lib/i18n';
import { RANGE_PRESETS, type RangePreset } from '@/lib/reports/ranges';
import type { Workspace } from '@/lib/store/schema';

export interface RangeChoice {
  preset: RangePreset;
  /** Custom range: first and last day, `YYYY-MM-DD`, both included. */
  first: string;
  last: string;
  workspaceId: string;
}

/** Presets (7 days, 30 days, this month) or two dates; the workspace. */
export function RangePicker({
  choice,
  workspaces,
  onChange,
}: {
  choice: RangeChoice;
  workspaces: readonly Workspace[];
  onChange: (choice: RangeChoice) => void;
}) {
  return (
    <div class="reports-controls">
      <fieldset class="reports-presets" style={{ border: 0, padding: 0, margin: 0 }}>
        <legend class="visually-hidden">{t('reports_range')}</legend>
        {RANGE_PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            data-testid={`range-${preset}`}
            aria-pressed={choice.preset === preset}
            onClick={() => onChange({ ...choice, preset })}
          >
            {t(`reports_range_${preset}`)}
          </button>
        ))}
      </fieldset>
      {choice.preset === 'custom' && (
        <>
          <label>
            {t('reports_range_first')}
            <input
              type="date"
              data-testid="range-first"
              value={choice.first}
              max={choice.last}
              onChange={(event) => onChange({ ...choice, first: event.currentTarget.value })}
            />
          </label>
          <label>
            {t('reports_range_last')}
            <input
              type="date"
              data-testid="range-last"
              value={choice.last}
              min={choice.first}
              onChange={(event) => onChange({ ...choice, last: event.currentTarget.value })}
            />
          </label>
        </>
      )}
      {workspaces.length > 1 && (
        <label>
          {t('reports_workspace')}
          <select
            data-testid="report-workspace"
            value={choice.workspaceId}
            onChange={(event) => onChange({ ...choice, workspaceId: event.currentTarget.value })}
          >
            {workspaces.map((workspace) => (
              <option key={workspace.id} value={workspace.id}>
                {workspace.name}
              </option>
            ))}
          </select>
        </label>
      )}
    </div>
  );
}
