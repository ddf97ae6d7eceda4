import { t } from '@/lib/i18n';
import { KNOWN_VARIABLES } from '@/lib/templates/variables';

/** What each variable becomes, and the syntax of fallbacks and fill-in fields. */
export function VariableHelp({ onInsert }: { onInsert?: (placeholder: string) => void }) {
  return (
    <details class="variable-help" data-testid="variable-help">
      <summary>{t('editor_vars_title')}</summary>
      <dl>
        {KNOWN_VARIABLES.map((name) => (
          <div key={name}>
            <dt>
              <button type="button" class="link" onClick={() => onInsert?.(`{${name}}`)}>
                <code>{`{${name}}`}</code>
              </button>
            </dt>
            <dd>{t(`editor_var_${name}`)}</dd>
          </div>
        ))}
        <div>
          <dt>
            <code>{'{author|vous}'}</code>
          </dt>
          <dd>{t('editor_var_fallback')}</dd>
        </div>
        <div>
          <dt>
            <code>{'{order_number?}'}</code>
          </dt>
          <dd>{t('editor_var_fill_in')}</dd>
        </div>
        <div>
          <dt>
            <code>{'{{ }}'}</code>
          </dt>
          <dd>{t('editor_var_braces')}</dd>
        </div>
      </dl>
    </details>
  );
}
