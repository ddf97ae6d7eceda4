/**
 * Runs work over many items without holding the main thread: each slice
 * stops after `budgetMs` and yields to the page (input, paint) before the next.
 */

type Yield = () => Promise<void>;

function defaultYield(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    channel.port2.postMessage(null);
  });
}

export async function inSlices<T>(
  items: readonly T[],
  work: (item: T) => void,
  options: { budgetMs?: number; signal?: AbortSignal; yieldToPage?: Yield } = {},
): Promise<void> {
  const budget = options.budgetMs ?? 8;
  const yieldToPage = options.yieldToPage ?? defaultYield;
  let index = 0;
  while (index < items.length) {
    if (options.signal?.aborted) return;
    const sliceStart = performance.now();
    do {
      work(items[index]!);
      index++;
    } while (index < items.length && performance.now() - sliceStart < budget);
    if (index < items.length) await yieldToPage();
  }
}
