import { t } from '@/lib/i18n';
import type { Template } from '@/lib/store/schema';

export interface ShownSuggestion {
  template: Template;
  reasons: { code: string; params: string[] }[];
}

const key = (prefix: string, name: string | undefined) =>
  `${prefix}${(name ?? '').replaceAll('-', '_')}`;

/** A reason in the CM's words ("complaint → apology", "FR", "X"). */
export function reasonText(
  { code, params }: { code: string; params: string[] },
  watchlistNames: Readonly<Record<string, string>> = {},
): string {
  switch (code) {
    case 'intent':
      return t(
        'suggest_reason_intent',
        t(key('suggest_mention_intent_', params[0])),
        t(key('intent_', params[1])),
      );
    case 'language':
      return t('suggest_reason_language', (params[0] ?? '').toUpperCase());
    case 'network':
      return t('suggest_reason_network', t(key('network_', params[0])));
    case 'kind':
      return t('suggest_reason_kind', t(key('suggest_mention_kind_', params[0])));
    case 'watchlist':
      return t('suggest_reason_watchlist', params.map((id) => watchlistNames[id] ?? id).join(', '));
    default:
      return t(`suggest_reason_${code}`, params.join(', '));
  }
}

/** Approved replies for the mention, best first, each with why it ranks. */
export function SuggestionList({
  suggestions,
  selectedId,
  watchlistNames,
  onSelect,
}: {
  suggestions: readonly ShownSuggestion[];
  selectedId: string | null;
  watchlistNames: Readonly<Record<string, string>>;
  onSelect: (templateId: string) => void;
}) {
  if (suggestions.length === 0) {
    return <p class="muted">{t('replies_no_suggestion')}</p>;
  }
  return (
    <ul class="list suggestions" aria-label={t('replies_suggestions')} data-testid="suggestions">
      {suggestions.map(({ template, reasons }) => (
        <li
          key={template.id}
          data-template-id={template.id}
          data-selected={template.id === selectedId}
        >
          <button
            type="button"
            class="suggestion"
            aria-pressed={template.id === selectedId}
            onClick={() => onSelect(template.id)}
          >
            <strong>{template.title}</strong> <span class="tag">{template.language}</span>
            {template.intent && (
              <span class="tag">{t(`intent_${template.intent.replaceAll('-', '_')}`)}</span>
            )}
            <br />
            <span class="muted reasons">
              {t(
                'replies_reasons',
                reasons.map((reason) => reasonText(reason, watchlistNames)).join(', '),
              )}
            </span>
          </button>
        </li>
      ))}
    </ul>
  );
}
