import { useEffect, useMemo, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import { send } from '@/lib/messages/client';
import { checksFor, composeReply } from '@/lib/replies/compose';
import type { Interaction, Mention, Settings, Template } from '@/lib/store/schema';
import { formatWarning } from '@/lib/templates/checks';
import { fillInNames, templateBodyFor } from '@/lib/templates/variables';
import { type ComposerOutcome, ReplyComposer } from './ReplyComposer';
import { type ShownSuggestion, SuggestionList } from './SuggestionList';

export interface ReplyPaneProps {
  mention: Mention;
  suggestions: readonly ShownSuggestion[];
  settings: Settings;
  brand: string;
  recent: readonly Interaction[];
  tabId: number | undefined;
  /** To word "watchlist" reasons with names rather than ids. */
  watchlistNames: Readonly<Record<string, string>>;
  onBack: () => void;
}

/** One mention: its text, the approved replies that fit, and the reply being prepared. */
export function ReplyPane({
  mention,
  suggestions,
  settings,
  brand,
  recent,
  tabId,
  watchlistNames,
  onBack,
}: ReplyPaneProps) {
  const [templateId, setTemplateId] = useState<string | null>(suggestions[0]?.template.id ?? null);
  const template: Template | null =
    suggestions.find((s) => s.template.id === templateId)?.template ?? null;
  const [fills, setFills] = useState<Record<string, string>>({});
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<ComposerOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const now = Date.now();

  // `{date}` only needs the day: recompose when it changes, not on every render.
  const day = new Date(now).toDateString();
  const composed = useMemo(
    () =>
      template
        ? composeReply(template, mention, fills, {
            brand,
            agent: settings.agentName,
            now: Date.parse(day),
            networkLabel: t(`network_${mention.network.replaceAll('-', '_')}`),
          })
        : { text: '', unfilled: [] },
    [template, mention, fills, brand, settings.agentName, day],
  );
  // A new template or fill-in recomposes the preview; the CM's own edits stay until then.
  useEffect(() => setText(composed.text), [composed.text]);

  const fillIns = template ? fillInNames(templateBodyFor(template, mention.network)) : [];
  const unfilled = composed.unfilled.filter((name) => text.includes(`{${name}}`));
  const warnings = checksFor(
    text,
    unfilled,
    template,
    mention,
    recent,
    now,
    settings.duplicateWindowDays,
  ).map((warning) => ({ text: formatWarning(warning, t), severity: warning.severity }));
  const logged = {
    mentionId: mention.id,
    templateId: template?.id,
    templateVersion: template?.version,
  };

  const insert = async () => {
    if (tabId === undefined) return;
    setBusy(true);
    try {
      const { outcome: result } = await send('reply.insert', { tabId, text, ...logged });
      setOutcome(
        result.ok
          ? { kind: 'ok', text: t('replies_inserted') }
          : {
              kind: result.method === 'clipboard' ? 'clipboard' : 'error',
              text: t(result.messageKey ?? 'insert_failed'),
            },
      );
    } catch (error) {
      setOutcome({ kind: 'error', text: t('error_generic', String(error)) });
    } finally {
      setBusy(false);
    }
  };

  const copy = async () => {
    await navigator.clipboard.writeText(text);
    await send('reply.copied', { text, ...logged });
    setOutcome({ kind: 'ok', text: t('replies_copied') });
  };

  return (
    <section class="reply-pane" aria-label={t('replies_title')} data-testid="reply-pane">
      <button type="button" class="back" onClick={onBack}>
        ← {t('replies_back')}
      </button>
      <blockquote data-testid="reply-mention">
        <strong>{mention.author.name ?? mention.author.handle ?? '—'}</strong>{' '}
        <span class="muted">{t(`network_${mention.network.replaceAll('-', '_')}`)}</span>
        <br />
        {mention.text.slice(0, 600)}
      </blockquote>
      <p>
        <button
          type="button"
          class="bad-buzz"
          data-testid="panel-bad-buzz"
          disabled={tabId === undefined}
          onClick={() =>
            void send('incident.capture', {
              tabId,
              source: 'panel',
              dedupeKey: mention.dedupeKey,
            }).then(() => setOutcome({ kind: 'ok', text: t('incident_captured') }))
          }
        >
          {t('card_action_bad_buzz')}
        </button>
      </p>
      <SuggestionList
        suggestions={suggestions}
        selectedId={templateId}
        watchlistNames={watchlistNames}
        onSelect={setTemplateId}
      />
      {template && (
        <ReplyComposer
          text={text}
          fillIns={fillIns}
          fills={fills}
          warnings={warnings}
          outcome={outcome}
          busy={busy}
          onText={setText}
          onFill={(name, value) => setFills((current) => ({ ...current, [name]: value }))}
          onInsert={() => void insert()}
          onCopy={() => void copy()}
        />
      )}
    </section>
  );
}
