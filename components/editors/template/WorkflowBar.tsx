import { t } from '@/lib/i18n';
import type { Settings, Template } from '@/lib/store/schema';
import { allowedTransitions, TRANSITIONS } from '@/lib/templates/workflow';

/** The template's status, who approved it, and the moves the CM's role allows. */
export function WorkflowBar({
  template,
  role,
  agentName,
  disabled,
  onTransition,
}: {
  template: Template;
  role: Settings['role'];
  agentName: string;
  /** Unsaved changes or a call running: save first, then move. */
  disabled: boolean;
  onTransition: (to: Template['status']) => void;
}) {
  const targets = allowedTransitions(template.status, role);
  const actionOf = (to: Template['status']) =>
    TRANSITIONS.find((step) => step.from === template.status && step.to === to)?.action ?? to;
  const needsName = targets.includes('approved') && agentName.trim() === '';
  return (
    <div class="workflow-bar" data-testid="template-workflow">
      <span class={`tag status-${template.status}`} data-testid="template-status">
        {t(`template_status_${template.status}`)}
      </span>
      <span class="muted">{t('editor_template_version', template.version)}</span>
      {template.approvedBy && template.approvedAt !== undefined && (
        <span class="muted" data-testid="template-approval">
          {t(
            'editor_template_approved_by',
            template.approvedBy,
            new Date(template.approvedAt).toLocaleString(),
          )}
        </span>
      )}
      {targets.map((to) => (
        <button
          type="button"
          key={to}
          class={to === 'approved' ? 'primary' : undefined}
          data-testid={`template-to-${to}`}
          disabled={disabled || (to === 'approved' && needsName)}
          onClick={() => onTransition(to)}
        >
          {t(`editor_action_${actionOf(to)}`)}
        </button>
      ))}
      {needsName && (
        <span class="muted" data-testid="template-name-needed">
          {t('editor_template_name_needed')} <a href="#general">{t('options_nav_general')}</a>
        </span>
      )}
      {role === 'junior' && template.status !== 'draft' && (
        <span class="muted">{t('editor_template_junior_note')}</span>
      )}
    </div>
  );
}
