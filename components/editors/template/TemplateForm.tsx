import type { ComponentChild } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type FieldIssue, hasErrors, templateIssues } from '@/lib/editors/issues';
import { previewTemplate } from '@/lib/editors/preview';
import { t } from '@/lib/i18n';
import type { MessageInput, TemplateSaveResult } from '@/lib/messages/protocol';
import type { Network } from '@/lib/sites/types';
import type { Settings, Template } from '@/lib/store/schema';
import { canEdit } from '@/lib/templates/workflow';
import { IssueList } from '../IssueList';
import { useDebounced } from '../useDebounced';
import { saveShortcut } from '../useUnsaved';
import { BodyField } from './BodyField';
import { LengthCounter } from './LengthCounter';
import { INTENTS, networkLabel, VARIANT_NETWORKS } from './networks';
import { TemplatePreview } from './TemplatePreview';
import { VariableHelp } from './VariableHelp';

export interface TemplateDraft {
  title: string;
  body: string;
  language: string;
  intent: string;
  tags: string;
  variants: Partial<Record<Network, string>>;
}

function draftOf(template: Template | null, language: string): TemplateDraft {
  return {
    title: template?.title ?? '',
    body: template?.body ?? '',
    language: template?.language ?? language,
    intent: template?.intent ?? '',
    tags: template?.tags.join(', ') ?? '',
    variants: { ...template?.variants },
  };
}

export function toInput(
  draft: TemplateDraft,
  template: Template | null,
): MessageInput<'template.save'> {
  return {
    ...(template ? { id: template.id, expectedUpdatedAt: template.updatedAt } : {}),
    title: draft.title,
    body: draft.body,
    language: draft.language,
    intent: draft.intent || undefined,
    tags: draft.tags
      .split(',')
      .map((tag) => tag.trim())
      .filter(Boolean),
    variants: Object.fromEntries(
      Object.entries(draft.variants).filter(([, text]) => text.trim() !== ''),
    ),
  };
}

type Tab = 'body' | Network;

/** Title, language, intent, tags, the common body and a variant per network, checked live. */
export function TemplateForm({
  template,
  settings,
  brand,
  busy,
  onSave,
  onDelete,
  onDirty,
  footer,
}: {
  template: Template | null;
  settings: Settings;
  brand: string;
  busy: boolean;
  onSave: (input: MessageInput<'template.save'>) => Promise<TemplateSaveResult | null>;
  onDelete: (() => void) | null;
  onDirty?: (dirty: boolean) => void;
  footer?: (dirty: boolean) => ComponentChild;
}) {
  const initial = useMemo(() => draftOf(template, 'fr'), [template]);
  const [draft, setDraft] = useState(initial);
  const [tab, setTabState] = useState<Tab>('body');
  const [previewNetwork, setPreviewNetwork] = useState<Network>('x');
  const setTab = (next: Tab) => {
    setTabState(next);
    if (next !== 'body') setPreviewNetwork(next);
  };
  const [refused, setRefused] = useState<FieldIssue[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const bodyArea = useRef<HTMLTextAreaElement>(null);
  const editable = template ? canEdit(template, settings.role) : true;
  const checked = useDebounced(draft, 150);
  const issues = useMemo(
    () => templateIssues({ body: checked.body, variants: toInput(checked, null).variants }),
    [checked],
  );
  const dirty = JSON.stringify(draft) !== JSON.stringify(initial);
  useEffect(() => onDirty?.(dirty), [dirty, onDirty]);
  const invalid = hasErrors(issues);
  // Not waiting for the live check: a save right after typing is checked on the spot (below).
  const canSave =
    editable && dirty && !busy && !invalid && draft.title.trim() !== '' && draft.body.trim() !== '';
  const intents = [
    ...INTENTS,
    ...(draft.intent && !(INTENTS as readonly string[]).includes(draft.intent)
      ? [draft.intent]
      : []),
  ];

  const patch = (change: Partial<TemplateDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setRefused([]);
  };
  const setVariant = (network: Network, text: string) =>
    patch({ variants: { ...draft.variants, [network]: text } });

  const context = { brand, agent: settings.agentName, now: Date.now() };
  const measureFor = (network: Network) =>
    previewTemplate(
      { body: draft.body, variants: toInput(draft, null).variants, language: draft.language },
      network,
      {},
      { ...context, networkLabel: t(networkLabel(network)) },
    ).length;

  /** A variable chosen in the help goes where the caret is in the open text. */
  const insertAtCaret = (placeholder: string) => {
    const area = document.getElementById(
      tab === 'body' ? 'template-body' : `template-variant-${tab}`,
    ) as HTMLTextAreaElement | null;
    const current = tab === 'body' ? draft.body : (draft.variants[tab] ?? '');
    const at = area?.selectionStart ?? current.length;
    const next = current.slice(0, at) + placeholder + current.slice(area?.selectionEnd ?? at);
    if (area) {
      area.value = next;
      area.setSelectionRange(at + placeholder.length, at + placeholder.length);
      area.focus();
    }
    if (tab === 'body') patch({ body: next });
    else setVariant(tab, next);
  };

  const fieldIssues = (field: string) => issues.filter((issue) => issue.field === field);
  const tabField = tab === 'body' ? 'body' : `variants.${tab}`;

  const save = async (event: Event) => {
    event.preventDefault();
    if (!canSave) return;
    const input = toInput(draft, template);
    const now = templateIssues({ body: input.body, variants: input.variants });
    if (now.length > 0) {
      setRefused(now);
      return;
    }
    const result = await onSave(input);
    if (result && !result.ok) setRefused(result.errors);
  };

  const onTabKey = (event: KeyboardEvent) => {
    const tabs: Tab[] = ['body', ...VARIANT_NETWORKS];
    const index = tabs.indexOf(tab);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    event.preventDefault();
    const next = tabs[(index + step + tabs.length) % tabs.length] ?? 'body';
    setTab(next);
    document.getElementById(`tab-${next}`)?.focus();
  };

  return (
    <form
      class="editor-form"
      onSubmit={save}
      onKeyDown={saveShortcut}
      data-testid="template-form"
      aria-labelledby="template-form-title"
    >
      <h3 id="template-form-title">
        {template ? t('editor_template_edit', template.title) : t('editor_template_new')}
      </h3>
      {!editable && (
        <p class="notice" data-testid="template-read-only">
          {t(
            settings.role === 'junior'
              ? 'editor_template_read_only_junior'
              : 'editor_template_read_only_retired',
          )}
        </p>
      )}
      <fieldset disabled={!editable} class="plain">
        <div class="field-row">
          <label class="grow">
            {t('editor_template_title')}
            <input
              data-testid="template-title"
              value={draft.title}
              maxLength={200}
              required
              onInput={(e) => patch({ title: e.currentTarget.value })}
            />
          </label>
          <label>
            {t('editor_template_language')}
            <input
              data-testid="template-language"
              value={draft.language}
              list="template-languages"
              size={6}
              maxLength={35}
              onInput={(e) => patch({ language: e.currentTarget.value })}
            />
            <datalist id="template-languages">
              {['fr', 'en', 'es', 'de', 'it', 'nl', 'pt'].map((code) => (
                <option key={code} value={code} />
              ))}
            </datalist>
          </label>
          <label>
            {t('editor_template_intent')}
            <select
              data-testid="template-intent"
              value={draft.intent}
              onChange={(e) => patch({ intent: e.currentTarget.value })}
            >
              <option value="">{t('editor_template_intent_none')}</option>
              {intents.map((intent) => (
                <option key={intent} value={intent}>
                  {t(`intent_${intent.replaceAll('-', '_')}`)}
                </option>
              ))}
            </select>
          </label>
          <label class="grow">
            {t('editor_template_tags')}
            <input
              data-testid="template-tags"
              value={draft.tags}
              placeholder={t('editor_template_tags_placeholder')}
              onInput={(e) => patch({ tags: e.currentTarget.value })}
            />
          </label>
        </div>
        <div
          class="tabs"
          role="tablist"
          aria-label={t('editor_template_variants')}
          onKeyDown={onTabKey}
        >
          {(['body', ...VARIANT_NETWORKS] as Tab[]).map((entry) => {
            const field = entry === 'body' ? 'body' : `variants.${entry}`;
            const hasText = entry === 'body' || (draft.variants[entry] ?? '').trim() !== '';
            const bad =
              fieldIssues(field).length > 0 || (entry !== 'body' && measureFor(entry).over);
            return (
              <button
                type="button"
                role="tab"
                key={entry}
                id={`tab-${entry}`}
                data-testid={`tab-${entry}`}
                aria-selected={tab === entry}
                aria-controls="template-tabpanel"
                tabIndex={tab === entry ? 0 : -1}
                class={`tab${hasText ? ' has-text' : ''}${bad ? ' bad' : ''}`}
                onClick={() => setTab(entry)}
              >
                {entry === 'body' ? t('editor_template_common') : t(networkLabel(entry))}
              </button>
            );
          })}
        </div>
        <div role="tabpanel" id="template-tabpanel" aria-labelledby={`tab-${tab}`} class="tabpanel">
          {tab === 'body' ? (
            <>
              <label for="template-body">{t('editor_template_body')}</label>
              <BodyField
                id="template-body"
                testId="template-body"
                areaRef={bodyArea}
                value={draft.body}
                fillInSource=""
                issues={fieldIssues('body')}
                readOnly={!editable}
                onChange={(body) => patch({ body })}
              />
              <p class="counters" data-testid="length-counters">
                {VARIANT_NETWORKS.filter((network) => !(draft.variants[network] ?? '').trim()).map(
                  (network) => (
                    <span key={network} class="counter-item">
                      {t(networkLabel(network))}{' '}
                      <LengthCounter network={network} measure={measureFor(network)} />
                    </span>
                  ),
                )}
              </p>
            </>
          ) : (
            <>
              <label for={`template-variant-${tab}`}>
                {t('editor_template_variant_for', t(networkLabel(tab)))}
              </label>
              <BodyField
                key={tab}
                id={`template-variant-${tab}`}
                testId={`template-variant-${tab}`}
                value={draft.variants[tab] ?? ''}
                fillInSource={draft.body}
                placeholder={t('editor_template_variant_placeholder')}
                issues={fieldIssues(`variants.${tab}`)}
                readOnly={!editable}
                onChange={(text) => setVariant(tab, text)}
              />
              <p class="counters">
                {t(networkLabel(tab))} <LengthCounter network={tab} measure={measureFor(tab)} />
              </p>
            </>
          )}
          <IssueList issues={fieldIssues(tabField)} testId="template-issues" />
          {issues.some((issue) => issue.field !== tabField) && (
            <p class="notice error" data-testid="template-other-issues">
              {t(
                'editor_template_other_issues',
                [
                  ...new Set(
                    issues
                      .filter((i) => i.field !== tabField)
                      .map((i) =>
                        i.field === 'body'
                          ? t('editor_template_common')
                          : t(networkLabel(i.field.slice(9) as Network)),
                      ),
                  ),
                ].join(', '),
              )}
            </p>
          )}
        </div>
        <VariableHelp onInsert={insertAtCaret} />
      </fieldset>
      {refused.length > 0 && (
        <div class="notice error" role="alert" data-testid="template-refused">
          <p>{t('editor_refused')}</p>
          <IssueList issues={refused} testId="template-refused-issues" />
        </div>
      )}
      <div class="form-actions">
        <button type="submit" class="primary" data-testid="template-save" disabled={!canSave}>
          {t('editor_save')}
        </button>
        {invalid && <span class="muted">{t('editor_save_blocked')}</span>}
        {dirty && !invalid && <span class="muted">{t('editor_unsaved')}</span>}
        {onDelete &&
          template?.status === 'draft' &&
          editable &&
          (confirmDelete ? (
            <button
              type="button"
              class="danger"
              data-testid="template-delete-confirm"
              onClick={onDelete}
            >
              {t('editor_delete_confirm')}
            </button>
          ) : (
            <button
              type="button"
              data-testid="template-delete"
              onClick={() => setConfirmDelete(true)}
            >
              {t('editor_delete')}
            </button>
          ))}
      </div>
      {footer?.(dirty)}
      <TemplatePreview
        template={{
          body: draft.body,
          variants: toInput(draft, null).variants,
          language: draft.language,
        }}
        network={previewNetwork}
        onNetwork={setPreviewNetwork}
        brand={brand}
        agent={settings.agentName}
      />
    </form>
  );
}
