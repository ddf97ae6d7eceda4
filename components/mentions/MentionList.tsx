import { t } from '@/lib/i18n';
import type { Mention } from '@/lib/store/schema';
import { SlaBadge } from './SlaBadge';
import type { SlaView } from './useSla';

export interface MentionListProps {
  mentions: readonly Mention[];
  /** Index of the keyboard cursor. */
  cursor?: number;
  onSelect?: (mention: Mention) => void;
  /** Response targets: late mentions carry a "late by…" badge. */
  sla?: SlaView;
}

/** The current page's mentions, in page order. */
export function MentionList({ mentions, cursor, onSelect, sla }: MentionListProps) {
  if (mentions.length === 0) {
    return (
      <p class="muted" data-testid="mentions-empty">
        {t('sidepanel_empty')}
      </p>
    );
  }
  return (
    <ul class="list" data-testid="mention-list">
      {mentions.map((mention, index) => (
        <li
          key={mention.id}
          data-mention-id={mention.id}
          data-risk={mention.risk.level}
          data-status={mention.status}
          class={index === cursor ? 'cursor' : undefined}
        >
          <button type="button" class="mention" onClick={() => onSelect?.(mention)}>
            <strong>{mention.author.name ?? mention.author.handle ?? '—'}</strong>{' '}
            <span class="muted">{t(`network_${mention.network.replace('-', '_')}`)}</span>
            {mention.risk.level !== 'none' && (
              <span class="tag risk">{t(`risk_level_${mention.risk.level}`)}</span>
            )}
            {sla && (
              <>
                {' '}
                <SlaBadge
                  mention={mention}
                  targets={sla.targets}
                  now={sla.now}
                  answered={sla.answered.has(mention.id)}
                />
              </>
            )}
            <br />
            <span class="excerpt">{mention.text.slice(0, 280)}</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
