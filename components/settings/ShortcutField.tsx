import { shortcutFromEvent } from '@/lib/content/shortcut';
import { t } from '@/lib/i18n';

/** Rebinds a shortcut: focus the field, press the keys. */
export function ShortcutField({
  value,
  onChange,
}: {
  value: string;
  onChange: (shortcut: string) => void;
}) {
  return (
    <label>
      {t('options_palette_shortcut')}{' '}
      <input
        type="text"
        readOnly
        data-testid="palette-shortcut"
        value={value}
        aria-describedby="palette-shortcut-help"
        onKeyDown={(event) => {
          if (event.key === 'Tab') return;
          event.preventDefault();
          const shortcut = shortcutFromEvent(event);
          if (shortcut) onChange(shortcut);
        }}
      />{' '}
      <span id="palette-shortcut-help" class="muted">
        {t('options_palette_shortcut_help')}
      </span>
    </label>
  );
}
