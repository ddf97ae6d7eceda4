import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { MessageInput, TemplateSaveResult } from '@/lib/messages/protocol';
import { TEMPLATE_STATUSES } from '@/lib/store/constants';
import type { Settings, Template } from '@/lib/store/schema';
import { type EditorApi, failureText } from '../api';
import { useUnsaved } from '../useUnsaved';
import { TemplateForm } from './TemplateForm';
import { VersionHistory } from './VersionHistory';
import { WorkflowBar } from './WorkflowBar';

type Notice = { kind: 'ok' | 'error'; text: string; testId?: string };

/** The options section: templates filtered by status, and the editor of the chosen one. */
export function TemplateEditor({ api, settings }: { api: EditorApi; settings: Settings }) {
  const [templates, setTemplates] = useState<Template[]>([]);
  const [brand, setBrand] = useState('');
  const [status, setStatus] = useState<'all' | Template['status']>('all');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const unsaved = useUnsaved();
  const choose = (id: string) => {
    if (id !== selected && unsaved.mayLeave()) {
      unsaved.setDirty(false);
      setSelected(id);
    }
  };
  const [notice, setNotice] = useState<Notice | null>(null);

  const reload = useCallback(async () => {
    const list = await api.listTemplates();
    setTemplates(list.sort((a, b) => a.title.localeCompare(b.title)));
  }, [api]);

  useEffect(() => {
    void reload();
    void api.brand().then(setBrand);
    return api.onChange(() => void reload());
  }, [api, reload]);

  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return templates.filter(
      (template) =>
        (status === 'all' || template.status === status) &&
        (needle === '' ||
          `${template.title} ${template.body} ${template.tags.join(' ')}`
            .toLowerCase()
            .includes(needle)),
    );
  }, [templates, status, search]);
  const current = templates.find((template) => template.id === selected) ?? null;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setNotice(null);
    try {
      await work();
    } catch (error) {
      setNotice({ kind: 'error', text: failureText(error), testId: 'template-failure' });
    } finally {
      setBusy(false);
    }
  };

  const save = async (input: MessageInput<'template.save'>) => {
    let outcome: TemplateSaveResult | null = null;
    await run(async () => {
      const result = await api.saveTemplate(input);
      outcome = result;
      if (!result.ok) return;
      await reload();
      setSelected(result.template.id);
      setNotice({
        kind: 'ok',
        text:
          result.newVersion && input.id
            ? t('editor_saved_version', result.template.version)
            : t('editor_saved'),
      });
    });
    return outcome;
  };

  const move = (to: Template['status']) =>
    run(async () => {
      if (!current) return;
      const result = await api.transition(current.id, to);
      if (!result.ok) {
        setNotice({
          kind: 'error',
          text: result.errors.map((issue) => t(issue.key, ...issue.substitutions)).join(' '),
          testId: 'template-failure',
        });
        return;
      }
      await reload();
      setNotice({ kind: 'ok', text: t(`template_status_${result.template.status}`) });
    });

  const remove = () =>
    run(async () => {
      if (!current) return;
      const result = await api.deleteTemplate(current.id);
      if (!result.ok) {
        setNotice({ kind: 'error', text: t(`editor_template_delete_${result.reason}`) });
        return;
      }
      setSelected(null);
      await reload();
      setNotice({ kind: 'ok', text: t('editor_deleted') });
    });

  return (
    <section class="editor" aria-labelledby="template-editor-title">
      <h2 id="template-editor-title">{t('templates_title')}</h2>
      <p class="muted" data-testid="template-role">
        {t('role_current', t(`role_${settings.role}`))} —{' '}
        {t(
          settings.role === 'senior'
            ? 'editor_template_senior_help'
            : 'editor_template_junior_help',
        )}
      </p>
      <div class="editor-layout">
        <nav class="editor-list" aria-label={t('templates_title')}>
          <button
            type="button"
            class="primary"
            data-testid="template-new"
            onClick={() => choose('new')}
          >
            {t('editor_template_add')}
          </button>
          <label>
            {t('editor_template_filter')}
            <select
              data-testid="template-status-filter"
              value={status}
              onChange={(event) => setStatus(event.currentTarget.value as typeof status)}
            >
              <option value="all">{t('editor_template_filter_all')}</option>
              {TEMPLATE_STATUSES.map((entry) => (
                <option key={entry} value={entry}>
                  {t(`template_status_${entry}`)} (
                  {templates.filter((x) => x.status === entry).length})
                </option>
              ))}
            </select>
          </label>
          <input
            type="search"
            aria-label={t('editor_template_search')}
            placeholder={t('editor_template_search')}
            value={search}
            onInput={(event) => setSearch(event.currentTarget.value)}
          />
          {shown.length === 0 ? (
            <p class="muted">{t('templates_empty')}</p>
          ) : (
            <ul class="list" data-testid="template-editor-list">
              {shown.map((template) => (
                <li key={template.id} data-template-id={template.id} data-status={template.status}>
                  <button
                    type="button"
                    class="link"
                    aria-current={template.id === selected ? 'true' : undefined}
                    onClick={() => choose(template.id)}
                  >
                    {template.title}
                  </button>{' '}
                  <span class={`tag status-${template.status}`}>
                    {t(`template_status_${template.status}`)}
                  </span>
                  <span class="tag">{template.language}</span>
                </li>
              ))}
            </ul>
          )}
        </nav>
        <div class="editor-main">
          {notice && (
            <p
              class={`notice ${notice.kind}`}
              role="status"
              data-testid={notice.testId ?? 'template-notice'}
            >
              {notice.text}
            </p>
          )}
          {selected === null ? (
            <p class="muted">{t('editor_template_pick')}</p>
          ) : (
            <TemplateForm
              key={`${selected}:${current?.updatedAt ?? 0}`}
              template={current}
              settings={settings}
              brand={brand}
              busy={busy}
              onSave={save}
              onDirty={unsaved.setDirty}
              onDelete={current ? () => void remove() : null}
              footer={(dirty) =>
                current && (
                  <>
                    <WorkflowBar
                      template={current}
                      role={settings.role}
                      agentName={settings.agentName}
                      disabled={busy || dirty}
                      onTransition={(to) => void move(to)}
                    />
                    {dirty && <p class="muted small">{t('editor_template_save_first')}</p>}
                  </>
                )
              }
            />
          )}
          {current && (
            <VersionHistory templateId={current.id} stamp={current.updatedAt} load={api.history} />
          )}
        </div>
      </div>
    </section>
  );
}
