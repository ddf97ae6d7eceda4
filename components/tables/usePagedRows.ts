import { useCallback, useEffect, useRef, useState } from 'preact/hooks';

export const PAGE_SIZE = 100;

export interface Paged<T> {
  total: number;
  /** Loaded at least once for the current selection. */
  ready: boolean;
  rowAt: (index: number) => T | undefined;
  /** Load the pages covering these rows (end exclusive). */
  ensure: (start: number, end: number) => void;
  /** Reload the loaded pages in place (after a change to some rows). */
  refresh: () => void;
  /** Change one loaded row in place (an optimistic star). */
  patch: (index: number, change: (row: T) => T) => void;
}

/**
 * Rows fetched a page at a time, on demand, and cached until the selection
 * (`key`) changes. Answers to an older selection are dropped.
 */
export function usePagedRows<T>(
  key: string,
  fetchPage: (offset: number, limit: number) => Promise<{ total: number; rows: T[] }>,
): Paged<T> {
  const pages = useRef(new Map<number, T[]>());
  const loading = useRef(new Set<number>());
  const generation = useRef(0);
  const fetcher = useRef(fetchPage);
  fetcher.current = fetchPage;
  const [total, setTotal] = useState(0);
  const [ready, setReady] = useState(false);
  const [, setTick] = useState(0);

  const load = useCallback((page: number) => {
    if (loading.current.has(page)) return;
    loading.current.add(page);
    const at = generation.current;
    fetcher.current(page * PAGE_SIZE, PAGE_SIZE).then(
      (answer) => {
        if (at !== generation.current) return;
        loading.current.delete(page);
        pages.current.set(page, answer.rows);
        setTotal(answer.total);
        setReady(true);
        setTick((tick) => tick + 1);
      },
      () => {
        if (at === generation.current) loading.current.delete(page);
      },
    );
  }, []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the selection key is the trigger.
  useEffect(() => {
    generation.current += 1;
    pages.current = new Map();
    loading.current = new Set();
    setReady(false);
    load(0);
  }, [key, load]);

  const ensure = useCallback(
    (start: number, end: number) => {
      const last = Math.floor(Math.max(start, end - 1) / PAGE_SIZE);
      for (let page = Math.floor(start / PAGE_SIZE); page <= last; page++) {
        if (!pages.current.has(page)) load(page);
      }
    },
    [load],
  );

  const refresh = useCallback(() => {
    const loaded = [...pages.current.keys()];
    generation.current += 1;
    loading.current = new Set();
    // The rows stay on screen until their fresh copy arrives.
    for (const page of loaded.length > 0 ? loaded : [0]) load(page);
  }, [load]);

  const rowAt = (index: number) =>
    pages.current.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];

  const patch = (index: number, change: (row: T) => T) => {
    const page = pages.current.get(Math.floor(index / PAGE_SIZE));
    const row = page?.[index % PAGE_SIZE];
    if (!page || row === undefined) return;
    page[index % PAGE_SIZE] = change(row);
    setTick((tick) => tick + 1);
  };

  return { total, ready, rowAt, ensure, refresh, patch };
}

/** A value that follows `value` once it stopped changing for `ms` (search typing). */
export function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
