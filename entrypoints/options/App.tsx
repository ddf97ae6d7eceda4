import { useEffect, useState } from 'preact/hooks';
import { t } from '@/lib/i18n';
import type { Settings } from '@/lib/store/schema';
import { OPTIONS_SECTIONS } from './sections';

function sectionFromHash(): string {
  const id = location.hash.slice(1).split('/')[0] ?? '';
  return OPTIONS_SECTIONS.some((section) => section.id === id)
    ? id
    : (OPTIONS_SECTIONS[0]?.id ?? '');
}

/**
 * Options: where the CM prepares the work (library, editors, packs) and shows
 * its value (reports). One section at a time, named in the address (`#reports`)
 * so a section can be bookmarked and reopened.
 */
export function App({ initialSettings }: { initialSettings: Settings }) {
  const [settings, setSettings] = useState(initialSettings);
  const [current, setCurrent] = useState(sectionFromHash);

  useEffect(() => {
    const onHash = () => setCurrent(sectionFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);

  const section = OPTIONS_SECTIONS.find((entry) => entry.id === current) ?? OPTIONS_SECTIONS[0];

  return (
    <div class="options-layout">
      <nav class="options-nav" aria-label={t('options_nav_label')}>
        <h1>{t('options_title')}</h1>
        <ul>
          {OPTIONS_SECTIONS.map((entry) => (
            <li key={entry.id}>
              <a
                href={`#${entry.id}`}
                data-testid={`nav-${entry.id}`}
                aria-current={entry.id === section?.id ? 'page' : undefined}
              >
                {t(entry.labelKey)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <main data-section={section?.id}>{section?.render({ settings, setSettings })}</main>
    </div>
  );
}
