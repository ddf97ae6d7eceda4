import { useEffect, useRef } from 'preact/hooks';
import { t } from '@/lib/i18n';

/**
 * Unsaved edits are not lost by a stray click: choosing another item asks
 * first, and closing the page triggers the browser's own warning.
 */
export function useUnsaved() {
  const dirty = useRef(false);
  useEffect(() => {
    const onUnload = (event: BeforeUnloadEvent) => {
      if (dirty.current) event.preventDefault();
    };
    window.addEventListener('beforeunload', onUnload);
    return () => window.removeEventListener('beforeunload', onUnload);
  }, []);
  return {
    setDirty: (value: boolean) => {
      dirty.current = value;
    },
    /** True when there is nothing to lose, or the CM agrees to drop it. */
    mayLeave: () => !dirty.current || window.confirm(t('editor_discard_confirm')),
  };
}

/** Ctrl+S / ⌘S saves the form, as in every editor. */
export function saveShortcut(event: KeyboardEvent): void {
  if ((event.ctrlKey || event.metaKey) && !event.altKey && event.key.toLowerCase() === 's') {
    event.preventDefault();
    (event.currentTarget as HTMLFormElement).requestSubmit();
  }
}
