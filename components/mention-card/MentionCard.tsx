import { t } from '@/lib/i18n';

export interface MentionCardData {
  watchlists: { name: string; kind: 'brand' | 'competitor' | 'topic' }[];
  terms: string[];
  author: { name?: string; handle?: string };
  timestamp?: string;
  network: string;
  risk: { level: 'none' | 'low' | 'medium' | 'high'; categories: string[] };
  language?: string;
  status?: string;
}

export interface MentionCardProps {
  data: MentionCardData;
  onEscalate?: () => void;
  onHandled?: () => void;
  onIgnore?: () => void;
  onBadBuzz?: () => void;
  onClose: () => void;
}

function formatTime(iso: string | undefined): string | null {
  if (!iso) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? null
    : date.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

/** Why a post is a mention, and what the CM can do about it. */
export function MentionCard({
  data,
  onEscalate,
  onHandled,
  onIgnore,
  onBadBuzz,
  onClose,
}: MentionCardProps) {
  const time = formatTime(data.timestamp);
  return (
    <div
      class={`card risk-${data.risk.level}`}
      role="dialog"
      aria-label={t('card_title')}
      data-testid="mention-card"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header>
        <strong>{t('card_title')}</strong>
        <button type="button" class="close" aria-label={t('card_close')} onClick={onClose}>
          ×
        </button>
      </header>
      <dl>
        <dt>{t('card_why')}</dt>
        <dd data-testid="card-watchlists">
          {data.watchlists.map((watchlist) => (
            <span class={`tag kind-${watchlist.kind}`} key={watchlist.name}>
              {watchlist.name}
            </span>
          ))}
        </dd>
        <dt>{t('card_terms')}</dt>
        <dd data-testid="card-terms">{data.terms.map((term) => `« ${term} »`).join(' · ')}</dd>
        {(data.author.name || data.author.handle) && (
          <>
            <dt>{t('card_author')}</dt>
            <dd data-testid="card-author">
              {data.author.name}{' '}
              {data.author.handle && <span class="muted">{data.author.handle}</span>}
            </dd>
          </>
        )}
        <dt>{t('card_where')}</dt>
        <dd>
          {t(`network_${data.network.replace('-', '_')}`)}
          {time && <span class="muted"> · {time}</span>}
          {data.language && <span class="muted"> · {data.language.toUpperCase()}</span>}
        </dd>
        {data.risk.level !== 'none' && (
          <>
            <dt>{t('card_risk')}</dt>
            <dd class="risk" data-testid="card-risk">
              {t(`risk_level_${data.risk.level}`)}
              {data.risk.categories.length > 0 &&
                ` — ${data.risk.categories.map((c) => t(`risk_category_${c}`)).join(', ')}`}
            </dd>
          </>
        )}
      </dl>
      <footer>
        {onBadBuzz && (
          <button type="button" class="bad-buzz" data-testid="card-bad-buzz" onClick={onBadBuzz}>
            {t('card_action_bad_buzz')}
          </button>
        )}
        {onEscalate && (
          <button type="button" onClick={onEscalate}>
            {t('card_action_escalate')}
          </button>
        )}
        {onHandled && (
          <button type="button" onClick={onHandled}>
            {t('card_action_handled')}
          </button>
        )}
        {onIgnore && (
          <button type="button" onClick={onIgnore}>
            {t('card_action_ignore')}
          </button>
        )}
      </footer>
    </div>
  );
}
