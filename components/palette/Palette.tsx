import { t } from '@/lib/i18n';

export interface PaletteItem {
  id: string;
  title: string;
  language: string;
  detail: string;
}

export interface PaletteProps {
  query: string;
  items: readonly PaletteItem[];
  active: number;
  /** Names still to fill before inserting (second step), or null while choosing. */
  pending: { title: string; names: string[]; values: Record<string, string> } | null;
  message: string | null;
  onQuery: (query: string) => void;
  onMove: (delta: number) => void;
  onChoose: (index: number) => void;
  onFill: (name: string, value: string) => void;
  onConfirm: () => void;
  onClose: () => void;
}

/** The reply palette: type to filter approved replies, ↑/↓ to move, Enter to insert, Esc to close. */
export function Palette(props: PaletteProps) {
  // Each step starts with the caret in its first field (a ref callback: no hooks in content scripts).
  const focusFirst = (element: HTMLInputElement | null) => {
    if (element && element.ownerDocument.activeElement !== element && !element.matches(':focus')) {
      element.focus();
    }
  };
  const onKeyDown = (event: KeyboardEvent) => {
    // Keys typed here belong to the palette, not to the page behind it.
    event.stopPropagation();
    if (event.key === 'Escape') props.onClose();
    else if (props.pending) {
      if (event.key === 'Enter') props.onConfirm();
      else return;
    } else if (event.key === 'ArrowDown') props.onMove(1);
    else if (event.key === 'ArrowUp') props.onMove(-1);
    else if (event.key === 'Enter') props.onChoose(props.active);
    else return;
    event.preventDefault();
  };
  const activeId = props.items[props.active] ? `vigie-palette-${props.active}` : undefined;
  return (
    <div
      class="palette"
      role="dialog"
      aria-label={t('palette_title')}
      data-testid="palette"
      onKeyDown={onKeyDown}
    >
      {props.pending ? (
        <>
          <p class="palette-title">{props.pending.title}</p>
          {props.pending.names.map((name, index) => (
            <label key={name}>
              {t('replies_fill_in', name.replaceAll('_', ' '))}{' '}
              <input
                ref={index === 0 ? focusFirst : undefined}
                type="text"
                data-testid={`palette-fill-${name}`}
                value={props.pending?.values[name] ?? ''}
                onInput={(event) => props.onFill(name, event.currentTarget.value)}
              />
            </label>
          ))}
          <p class="muted">{t('palette_fill_help')}</p>
        </>
      ) : (
        <>
          <input
            ref={focusFirst}
            type="text"
            role="combobox"
            aria-expanded="true"
            aria-controls="vigie-palette-list"
            aria-activedescendant={activeId}
            aria-label={t('palette_search')}
            placeholder={t('palette_search')}
            data-testid="palette-search"
            value={props.query}
            onInput={(event) => props.onQuery(event.currentTarget.value)}
          />
          <div id="vigie-palette-list" role="listbox" aria-label={t('palette_title')}>
            {props.items.map((item, index) => (
              <div
                key={item.id}
                id={`vigie-palette-${index}`}
                role="option"
                tabIndex={-1}
                aria-selected={index === props.active}
                class={index === props.active ? 'item active' : 'item'}
                onMouseDown={(event) => {
                  event.preventDefault();
                  props.onChoose(index);
                }}
              >
                <strong>{item.title}</strong>{' '}
                <span class="muted">{item.language.toUpperCase()}</span>
                <br />
                <span class="muted">{item.detail}</span>
              </div>
            ))}
            {props.items.length === 0 && <p class="muted">{t('palette_empty')}</p>}
          </div>
        </>
      )}
      {props.message && (
        <p class="palette-message" role="status">
          {props.message}
        </p>
      )}
    </div>
  );
}
