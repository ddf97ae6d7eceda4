import { useEffect, useState } from 'preact/hooks';
import { type DiffPart, wordDiff } from '@/lib/editors/word-diff';
import { t } from '@/lib/i18n';
import type { TemplateHistory } from '@/lib/messages/protocol';
import type { Network } from '@/lib/sites/types';
import type { TemplateVersion } from '@/lib/store/schema';
import { networkLabel } from './networks';

/** Stable keys: the offset of each part in the text it comes from. */
function keyed(parts: readonly DiffPart[]) {
  let before = 0;
  let after = 0;
  return parts.map((part) => {
    const key = `${part.kind}:${before}:${after}`;
    if (part.kind !== 'added') before += part.value.length;
    if (part.kind !== 'removed') after += part.value.length;
    return { key, part };
  });
}

function Diff({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <p class="diff">
      {keyed(parts).map(({ key, part }) =>
        part.kind === 'added' ? (
          <ins key={key}>{part.value}</ins>
        ) : part.kind === 'removed' ? (
          <del key={key}>{part.value}</del>
        ) : (
          <span key={key}>{part.value}</span>
        ),
      )}
    </p>
  );
}

/** Each field that differs between an old version and the current wording, word by word. */
function VersionDiff({ before, after }: { before: TemplateVersion; after: TemplateVersion }) {
  const networks = [
    ...new Set([...Object.keys(before.variants ?? {}), ...Object.keys(after.variants ?? {})]),
  ] as Network[];
  const fields: { label: string; before: string; after: string }[] = [
    { label: t('editor_template_title'), before: before.title, after: after.title },
    { label: t('editor_template_body'), before: before.body, after: after.body },
    ...networks.map((network) => ({
      label: t(networkLabel(network)),
      before: before.variants?.[network] ?? '',
      after: after.variants?.[network] ?? '',
    })),
  ].filter((field) => field.before !== field.after);
  if (fields.length === 0) return <p class="muted">{t('editor_history_same')}</p>;
  return (
    <div data-testid="template-diff">
      {fields.map((field) => (
        <div key={field.label} class="diff-field">
          <h5>{field.label}</h5>
          <Diff parts={wordDiff(field.before, field.after)} />
        </div>
      ))}
    </div>
  );
}

const when = (time: number) => new Date(time).toLocaleString();

/** The versions of a template, newest first; choosing one shows what changed since. */
export function VersionHistory({
  templateId,
  stamp,
  load,
}: {
  templateId: string;
  /** Changes when the template does: the history is read again. */
  stamp: number;
  load: (id: string) => Promise<TemplateHistory>;
}) {
  const [history, setHistory] = useState<TemplateHistory | null>(null);
  const [chosen, setChosen] = useState<number | null>(null);

  // `stamp` is not read: it is there to load the history again when the template changes.
  // biome-ignore lint/correctness/useExhaustiveDependencies: see above
  useEffect(() => {
    let live = true;
    void load(templateId).then((loaded) => {
      if (!live) return;
      setHistory(loaded);
      setChosen(loaded.versions[1]?.version ?? null);
    });
    return () => {
      live = false;
    };
  }, [templateId, stamp, load]);

  if (!history) return null;
  const current = history.versions[0];
  const old = history.versions.find((version) => version.version === chosen);
  return (
    <section class="version-history" data-testid="template-history" aria-labelledby="history-title">
      <h4 id="history-title">{t('editor_history_title')}</h4>
      <ol class="list">
        {history.versions.map((version) => (
          <li key={version.version} data-version={version.version}>
            <label class="inline">
              <input
                type="radio"
                name="history-version"
                checked={version.version === chosen}
                disabled={version === current}
                onChange={() => setChosen(version.version)}
              />
              <strong>{t('editor_template_version', version.version)}</strong>{' '}
              <span class="muted">
                {t('editor_history_saved', when(version.savedAt))}
                {version.savedBy ? ` · ${t('editor_history_by', version.savedBy)}` : ''}
              </span>
              {version.approvedBy && version.approvedAt !== undefined && (
                <span class="tag status-approved" data-testid="history-approval">
                  {t('editor_template_approved_by', version.approvedBy, when(version.approvedAt))}
                </span>
              )}
              {version === current && <span class="tag">{t('editor_history_current')}</span>}
            </label>
          </li>
        ))}
      </ol>
      {current && old ? (
        <>
          <p class="muted">{t('editor_history_diff', old.version, current.version)}</p>
          <VersionDiff before={old} after={current} />
        </>
      ) : (
        <p class="muted">{t('editor_history_only_one')}</p>
      )}
    </section>
  );
}
