import type { FieldIssue } from '@/lib/editors/issues';
import { t } from '@/lib/i18n';

/** Each problem as "line:column — message"; choosing one puts the caret on it. */
export function IssueList({
  issues,
  testId,
  id,
  onJump,
}: {
  issues: readonly FieldIssue[];
  testId: string;
  id?: string;
  onJump?: (issue: FieldIssue) => void;
}) {
  if (issues.length === 0) return null;
  return (
    <ul class="issue-list" data-testid={testId} id={id} aria-live="polite">
      {issues.map((issue) => (
        <li
          key={`${issue.field}:${issue.code}:${issue.start}`}
          class={`issue issue-${issue.severity}`}
          data-severity={issue.severity}
          data-code={issue.code}
          data-start={issue.start}
        >
          <button
            type="button"
            class="issue-jump"
            onClick={() => onJump?.(issue)}
            title={t('editor_issue_jump')}
          >
            <span class="issue-where">
              {t(issue.severity === 'error' ? 'editor_issue_error' : 'editor_issue_warning')}{' '}
              {issue.line}:{issue.column}
            </span>{' '}
            {t(issue.key, ...issue.substitutions)}
          </button>
        </li>
      ))}
    </ul>
  );
}
