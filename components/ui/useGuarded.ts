import { useCallback, useState } from 'preact/hooks';

/**
 * Runs a page's actions one at a time: `busy` while one runs (buttons
 * disable), and its failure as `error` for the page to show, never lost in the
 * console.
 */
export function useGuarded() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const guarded = useCallback(async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : String(failure));
    } finally {
      setBusy(false);
    }
  }, []);
  return { busy, setBusy, error, setError, guarded };
}
