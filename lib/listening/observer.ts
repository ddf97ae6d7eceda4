/**
 * One MutationObserver per page. Its callback only collects what changed;
 * the work runs once per frame, on the added subtrees and edited text only.
 */

export interface UnitWatcherOptions {
  root: Node;
  /** Units inside a subtree (not counting the subtree's root). */
  findUnits(root: ParentNode): Element[];
  /** The innermost unit containing a node (or the node itself), if any. */
  unitOf(node: Node): Element | null;
  /** Units that appeared or whose content changed, deduplicated, in no guaranteed order. */
  onUnits(units: Element[]): void;
  /** Something was removed: ranges of disconnected units should go. */
  onRemoved(): void;
  /** Nodes Vigie put there itself (its overlay host): never looked at. */
  ignore(node: Node): boolean;
  signal: AbortSignal;
  /** Defaults to requestAnimationFrame: work waits for the next frame. */
  schedule?: (callback: () => void) => void;
}

export interface UnitWatcher {
  /** Runs pending work now (tests, teardown). */
  flush(): void;
}

export function watchUnits(options: UnitWatcherOptions): UnitWatcher {
  const schedule = options.schedule ?? ((callback) => requestAnimationFrame(callback));
  let added: Node[] = [];
  let edited: Node[] = [];
  let removed = false;
  let scheduled = false;

  const flush = () => {
    scheduled = false;
    if (options.signal.aborted) return;
    const nodes = added;
    const texts = edited;
    const hadRemovals = removed;
    added = [];
    edited = [];
    removed = false;
    if (hadRemovals) options.onRemoved();
    const units = new Set<Element>();
    for (const node of nodes) {
      if (!node.isConnected || options.ignore(node)) continue;
      const own = options.unitOf(node);
      if (own) units.add(own);
      if (node.nodeType === 1 || node.nodeType === 11) {
        for (const unit of options.findUnits(node as ParentNode)) units.add(unit);
      }
    }
    for (const node of texts) {
      if (!node.isConnected) continue;
      const unit = options.unitOf(node);
      if (unit) units.add(unit);
    }
    if (units.size > 0) options.onUnits([...units]);
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'characterData') edited.push(record.target);
      else {
        for (const node of record.addedNodes) added.push(node);
        if (record.removedNodes.length > 0) removed = true;
      }
    }
    if (!scheduled) {
      scheduled = true;
      schedule(flush);
    }
  });
  observer.observe(options.root, { childList: true, subtree: true, characterData: true });
  options.signal.addEventListener('abort', () => observer.disconnect(), { once: true });
  return { flush };
}
