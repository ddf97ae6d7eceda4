import { t } from '@/lib/i18n';
import type { Template } from '@/lib/store/schema';

export function TemplateList({ templates }: { templates: readonly Template[] }) {
  return (
    <section aria-labelledby="templates-title">
      <h2 id="templates-title">{t('templates_title')}</h2>
      <p>
        <a href="#templates" data-testid="open-templates">
          {t('editor_open_templates')}
        </a>
      </p>
      {templates.length === 0 ? (
        <p class="muted">{t('templates_empty')}</p>
      ) : (
        <ul class="list" data-testid="template-list">
          {templates.map((template) => (
            <li key={template.id} data-template-id={template.id}>
              <strong>{template.title}</strong> <span class="tag">{template.language}</span>
              <span class="tag">{t(`template_status_${template.status}`)}</span>
              {template.tags.map((tag) => (
                <span class="tag" key={tag}>
                  #{tag}
                </span>
              ))}
              <br />
              <span class="muted">{template.body}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
