import { t } from '@/lib/i18n';
import type { HoldingStatement } from '@/lib/incidents/holding';

export interface HoldingStatementsProps {
  statements: readonly HoldingStatement[];
  /** The one the escalation packet carries. */
  chosenId: string | null;
  onChoose: (templateId: string) => void;
  /** Absent where there is no page to insert into (the options page). */
  onInsert?: (statement: HoldingStatement) => void;
  onCopy: (statement: HoldingStatement) => void;
  busy: boolean;
  outcome: { ok: boolean; text: string } | null;
}

/** Approved crisis templates, filled for this incident, ready to insert or copy. */
export function HoldingStatements({
  statements,
  chosenId,
  onChoose,
  onInsert,
  onCopy,
  busy,
  outcome,
}: HoldingStatementsProps) {
  return (
    <section class="holding-statements" aria-label={t('incidents_holding')}>
      <h3>{t('incidents_holding')}</h3>
      {statements.length === 0 ? (
        <p class="muted" data-testid="holding-none">
          {t('incidents_holding_none')}
        </p>
      ) : (
        <ul class="list" data-testid="holding-statements">
          {statements.map((statement) => (
            <li key={statement.templateId} data-template-id={statement.templateId}>
              <label>
                <input
                  type="radio"
                  name="holding-in-packet"
                  checked={statement.templateId === chosenId}
                  onChange={() => onChoose(statement.templateId)}
                />{' '}
                <strong>{statement.title}</strong>{' '}
                <span class="tag">{statement.language.toUpperCase()}</span>{' '}
                <span class="muted">{t('incidents_holding_in_packet')}</span>
              </label>
              <p class="holding-text" data-testid="holding-text">
                {statement.text}
              </p>
              {statement.unfilled.length > 0 && (
                <p class="warn">{t('incidents_unfilled', statement.unfilled.join(', '))}</p>
              )}
              <p class="actions">
                {onInsert && (
                  <button
                    type="button"
                    class="primary"
                    data-testid="holding-insert"
                    disabled={busy}
                    onClick={() => onInsert(statement)}
                  >
                    {t('incidents_insert')}
                  </button>
                )}
                <button
                  type="button"
                  data-testid="holding-copy"
                  disabled={busy}
                  onClick={() => onCopy(statement)}
                >
                  {t('incidents_copy')}
                </button>
              </p>
            </li>
          ))}
        </ul>
      )}
      {!onInsert && statements.length > 0 && <p class="muted">{t('incidents_insert_no_tab')}</p>}
      {outcome && (
        <p class={outcome.ok ? 'ok' : 'error'} role="status" data-testid="holding-outcome">
          {outcome.text}
        </p>
      )}
    </section>
  );
}
