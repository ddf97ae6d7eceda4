/** The bench page's clock and pacing (the page is cross-origin isolated: 5 µs resolution). */
export const now = () => performance.now();
export const gc = () => (globalThis as { gc?: () => void }).gc?.();
export const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
