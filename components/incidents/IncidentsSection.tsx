import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '@/lib/store/schema';
import { uiLocale } from '@/lib/ui/locale';
import { IncidentsScreen } from './IncidentsScreen';

const PREFIX = '#incidents/';

function idFromHash(): string | null {
  return location.hash.startsWith(PREFIX)
    ? decodeURIComponent(location.hash.slice(PREFIX.length)) || null
    : null;
}

/** The options page's `#incidents`; `#incidents/<id>` opens one, so a link to it can be shared with a colleague. */
export function IncidentsSection({ settings }: { settings: Settings }) {
  const [openId, setOpenId] = useState(idFromHash);
  useEffect(() => {
    const onHash = () => setOpenId(idFromHash());
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, []);
  return (
    <IncidentsScreen
      locale={uiLocale(settings.locale)}
      openId={openId}
      onOpenChange={(id) => {
        location.hash = id ? `${PREFIX}${encodeURIComponent(id)}` : '#incidents';
      }}
    />
  );
}
