/**
 * happy-dom has no StaticRange: a plain stand-in with the same fields, enough
 * for code that only builds ranges and reads their ends.
 */
if (typeof globalThis.StaticRange === 'undefined') {
  class StaticRangeStandIn {
    readonly startContainer: Node;
    readonly startOffset: number;
    readonly endContainer: Node;
    readonly endOffset: number;
    readonly collapsed: boolean;
    constructor(init: StaticRangeInit) {
      this.startContainer = init.startContainer;
      this.startOffset = init.startOffset;
      this.endContainer = init.endContainer;
      this.endOffset = init.endOffset;
      this.collapsed =
        init.startContainer === init.endContainer && init.startOffset === init.endOffset;
    }
  }
  (globalThis as { StaticRange?: unknown }).StaticRange = StaticRangeStandIn;
}
