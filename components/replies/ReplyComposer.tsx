import { t } from '@/lib/i18n';

export interface ShownWarning {
  text: string;
  severity: 'block' | 'warn';
}

export interface ComposerOutcome {
  kind: 'ok' | 'clipboard' | 'error';
  text: string;
}

export interface ReplyComposerProps {
  text: string;
  fillIns: readonly string[];
  fills: Readonly<Record<string, string>>;
  warnings: readonly ShownWarning[];
  outcome: ComposerOutcome | null;
  busy: boolean;
  onText: (text: string) => void;
  onFill: (name: string, value: string) => void;
  onInsert: () => void;
  onCopy: () => void;
}

/**
 * The reply as it will be inserted: variables already filled from the page,
 * the fill-in fields the template asks for, the checks, and Insert / Copy.
 * Insert puts it in the site's box; sending stays the CM's own gesture.
 */
export function ReplyComposer(props: ReplyComposerProps) {
  const blocked = props.warnings.some((warning) => warning.severity === 'block');
  return (
    <div class="composer">
      {props.fillIns.map((name) => (
        <label key={name} class="fill-in">
          {t('replies_fill_in', name.replaceAll('_', ' '))}{' '}
          <input
            type="text"
            data-testid={`fill-${name}`}
            value={props.fills[name] ?? ''}
            onInput={(event) => props.onFill(name, event.currentTarget.value)}
          />
        </label>
      ))}
      <label class="preview">
        <span class="muted">{t('replies_preview')}</span>
        <textarea
          data-testid="reply-text"
          rows={6}
          value={props.text}
          onInput={(event) => props.onText(event.currentTarget.value)}
        />
      </label>
      {props.warnings.length > 0 && (
        <ul class="warnings" data-testid="reply-warnings">
          {props.warnings.map((warning) => (
            <li key={warning.text} class={warning.severity}>
              {warning.text}
            </li>
          ))}
        </ul>
      )}
      <div class="actions">
        <button
          type="button"
          class="primary"
          data-testid="reply-insert"
          disabled={props.busy || blocked || props.text.trim() === ''}
          onClick={props.onInsert}
        >
          {t('replies_insert')}
        </button>
        <button
          type="button"
          data-testid="reply-copy"
          disabled={props.busy || props.text.trim() === ''}
          onClick={props.onCopy}
        >
          {t('replies_copy')}
        </button>
      </div>
      {props.outcome && (
        <p
          class={`notice ${props.outcome.kind === 'ok' ? 'ok' : 'error'}`}
          role="status"
          data-testid="reply-outcome"
        >
          {props.outcome.text}
        </p>
      )}
    </div>
  );
}
