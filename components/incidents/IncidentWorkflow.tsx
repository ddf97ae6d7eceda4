import { useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { IncidentStatus } from '@/lib/incidents/labels';
import { actionLabelKey, allowedIncidentTransitions } from '@/lib/incidents/workflow';
import type { Incident } from '@/lib/store/schema';

export interface IncidentWorkflowProps {
  incident: Incident;
  busy: boolean;
  /** Resolves once saved; the comment is cleared then. */
  onMove: (to: IncidentStatus, comment: string) => Promise<void>;
  onNote: (comment: string) => Promise<void>;
}

/** The moves allowed from the current status, each saved with the comment typed above. */
export function IncidentWorkflow({ incident, busy, onMove, onNote }: IncidentWorkflowProps) {
  const [comment, setComment] = useState('');
  const moves = allowedIncidentTransitions(incident.status);
  const run = async (work: Promise<void>) => {
    await work;
    setComment('');
  };
  return (
    <section class="incident-workflow" aria-label={t('incidents_workflow')}>
      <h3>{t('incidents_workflow')}</h3>
      <label class="stacked">
        {t('incidents_comment_label')}
        <textarea
          data-testid="incident-comment"
          rows={2}
          maxLength={5_000}
          value={comment}
          onInput={(event) => setComment(event.currentTarget.value)}
        />
      </label>
      <div class="actions">
        {moves.map((move) => (
          <button
            key={move.to}
            type="button"
            class={move.action === 'escalate' ? 'danger' : undefined}
            data-testid={`incident-move-${move.to}`}
            disabled={busy}
            onClick={() => void run(onMove(move.to, comment))}
          >
            {t(actionLabelKey(move.action))}
          </button>
        ))}
        <button
          type="button"
          data-testid="incident-add-note"
          disabled={busy || comment.trim() === ''}
          onClick={() => void run(onNote(comment))}
        >
          {t('incidents_add_note')}
        </button>
      </div>
      {moves.length === 0 && <p class="muted">{t('incidents_workflow_final')}</p>}
    </section>
  );
}
