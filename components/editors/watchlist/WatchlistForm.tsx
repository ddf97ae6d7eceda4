import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { type FieldIssue, hasErrors, queryIssues } from '@/lib/editors/issues';
import { querySegments } from '@/lib/editors/query-segments';
import { t } from '@/lib/i18n';
import type { MessageInput, WatchlistSaveResult } from '@/lib/messages/protocol';
import { WATCHLIST_KINDS } from '@/lib/store/constants';
import type { Watchlist } from '@/lib/store/schema';
import { CodeField } from '../CodeField';
import { IssueList } from '../IssueList';
import { useDebounced } from '../useDebounced';
import { saveShortcut } from '../useUnsaved';
import { QueryTester } from './QueryTester';

export type WatchlistDraft = MessageInput<'watchlist.save'>;

export function draftOf(watchlist: Watchlist | null): WatchlistDraft {
  return watchlist
    ? {
        id: watchlist.id,
        name: watchlist.name,
        kind: watchlist.kind,
        query: watchlist.query,
        enabled: watchlist.enabled,
        color: watchlist.color,
        expectedUpdatedAt: watchlist.updatedAt,
      }
    : { name: '', kind: 'brand', query: '', enabled: true };
}

const KIND_COLOURS: Record<Watchlist['kind'], string> = {
  brand: '#2563eb',
  competitor: '#b45309',
  topic: '#7c3aed',
};

/** One watchlist: name, kind, colour, on/off, and its query checked as the CM types. */
export function WatchlistForm({
  initial,
  busy,
  onSave,
  onDelete,
  onDirty,
}: {
  initial: Watchlist | null;
  busy: boolean;
  onSave: (draft: WatchlistDraft) => Promise<WatchlistSaveResult | null>;
  onDelete: (() => void) | null;
  onDirty?: (dirty: boolean) => void;
}) {
  const [draft, setDraft] = useState<WatchlistDraft>(() => draftOf(initial));
  const [refused, setRefused] = useState<FieldIssue[]>([]);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const area = useRef<HTMLTextAreaElement>(null);
  const query = useDebounced(draft.query, 150);
  const issues = useMemo(() => (query.trim() === '' ? [] : queryIssues(query)), [query]);
  const segments = useMemo(() => querySegments(draft.query, issues), [draft.query, issues]);
  const invalid = hasErrors(issues);
  const dirty = JSON.stringify(draft) !== JSON.stringify(draftOf(initial));
  useEffect(() => onDirty?.(dirty), [dirty, onDirty]);
  // Not waiting for the live check: a save right after typing is checked on the spot (below).
  const canSave = !busy && !invalid && draft.name.trim() !== '' && draft.query.trim() !== '';

  const patch = (change: Partial<WatchlistDraft>) => {
    setDraft((current) => ({ ...current, ...change }));
    setRefused([]);
  };

  const jump = (issue: FieldIssue) => {
    const element = area.current;
    if (!element) return;
    element.focus();
    element.setSelectionRange(issue.start, Math.max(issue.end, issue.start));
  };

  const save = async (event: Event) => {
    event.preventDefault();
    if (!canSave) return;
    const now = queryIssues(draft.query).filter((issue) => issue.severity === 'error');
    if (now.length > 0) {
      setRefused(now);
      return;
    }
    const result = await onSave(draft);
    if (result && !result.ok) setRefused(result.errors);
    if (result?.ok) setDraft(draftOf(result.watchlist));
  };

  return (
    <form
      class="editor-form"
      onSubmit={save}
      onKeyDown={saveShortcut}
      data-testid="watchlist-form"
      aria-labelledby="watchlist-form-title"
    >
      <h3 id="watchlist-form-title">
        {initial ? t('editor_watchlist_edit', initial.name) : t('editor_watchlist_new')}
      </h3>
      <div class="field-row">
        <label>
          {t('editor_watchlist_name')}
          <input
            data-testid="watchlist-name"
            value={draft.name}
            maxLength={120}
            required
            onInput={(event) => patch({ name: event.currentTarget.value })}
          />
        </label>
        <label>
          {t('editor_watchlist_kind')}
          <select
            data-testid="watchlist-kind"
            value={draft.kind}
            onChange={(event) => patch({ kind: event.currentTarget.value as Watchlist['kind'] })}
          >
            {WATCHLIST_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`watchlist_kind_${kind}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('editor_watchlist_color')}
          <input
            type="color"
            data-testid="watchlist-color"
            value={draft.color ?? KIND_COLOURS[draft.kind]}
            onInput={(event) => patch({ color: event.currentTarget.value })}
          />
        </label>
        {draft.color && (
          <button type="button" onClick={() => patch({ color: undefined })}>
            {t('editor_watchlist_color_reset')}
          </button>
        )}
        <label class="inline">
          <input
            type="checkbox"
            data-testid="watchlist-enabled"
            checked={draft.enabled}
            onChange={(event) => patch({ enabled: event.currentTarget.checked })}
          />
          {t('editor_watchlist_enabled')}
        </label>
      </div>
      <label for="watchlist-query">{t('editor_watchlist_query')}</label>
      <CodeField
        id="watchlist-query"
        testId="watchlist-query"
        textareaRef={area}
        value={draft.query}
        segments={segments}
        rows={5}
        invalid={invalid}
        describedBy="watchlist-query-issues"
        placeholder={t('editor_watchlist_query_placeholder')}
        onInput={(value) => patch({ query: value })}
      />
      <p class="muted small">{t('editor_watchlist_query_help')}</p>
      <IssueList issues={issues} testId="query-issues" id="watchlist-query-issues" onJump={jump} />
      {refused.length > 0 && (
        <div class="notice error" role="alert" data-testid="watchlist-refused">
          <p>{t('editor_refused')}</p>
          <IssueList issues={refused} testId="watchlist-refused-issues" onJump={jump} />
        </div>
      )}
      <QueryTester query={draft.query} />
      <div class="form-actions">
        <button type="submit" class="primary" data-testid="watchlist-save" disabled={!canSave}>
          {t('editor_save')}
        </button>
        {invalid && <span class="muted">{t('editor_save_blocked')}</span>}
        {onDelete &&
          (confirmDelete ? (
            <button
              type="button"
              class="danger"
              data-testid="watchlist-delete-confirm"
              onClick={onDelete}
            >
              {t('editor_delete_confirm')}
            </button>
          ) : (
            <button
              type="button"
              data-testid="watchlist-delete"
              onClick={() => setConfirmDelete(true)}
            >
              {t('editor_delete')}
            </button>
          ))}
      </div>
    </form>
  );
}
