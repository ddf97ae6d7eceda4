import { t } from '@/lib/i18n';

export interface JsonFilePickerProps {
  /** i18n key of the label. */
  labelKey: string;
  testId: string;
  busy: boolean;
  onPick: (file: File) => void;
}

/**
 * A labelled JSON file input. It empties itself after each pick, so choosing
 * the same file again (after fixing it, or to retry) imports it again.
 */
export function JsonFilePicker({ labelKey, testId, busy, onPick }: JsonFilePickerProps) {
  return (
    <label>
      {t(labelKey)}{' '}
      <input
        type="file"
        accept="application/json,.json"
        data-testid={testId}
        disabled={busy}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          if (file) onPick(file);
          input.value = '';
        }}
      />
    </label>
  );
}
