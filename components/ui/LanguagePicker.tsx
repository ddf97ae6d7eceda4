import { t } from '@/lib/i18n';
import { UI_LOCALES } from '@/lib/store/constants';
import type { Settings } from '@/lib/store/schema';

export function LanguagePicker({
  value,
  onChange,
}: {
  value: Settings['locale'];
  onChange: (locale: Settings['locale']) => void;
}) {
  return (
    <label>
      {t('options_language')}{' '}
      <select
        data-testid="language"
        value={value}
        onChange={(event) => onChange(event.currentTarget.value as Settings['locale'])}
      >
        {UI_LOCALES.map((locale) => (
          <option key={locale} value={locale}>
            {t(`options_language_${locale}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
