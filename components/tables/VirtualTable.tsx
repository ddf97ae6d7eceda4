import type { ComponentChild } from 'preact';
import './tables.css';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface Column<T> {
  id: string;
  label: string;
  /** A CSS grid track: `8rem`, `minmax(10rem, 1fr)`. */
  width: string;
  render: (row: T, index: number) => ComponentChild;
}

export interface VirtualTableProps<T> {
  /** Accessible name of the grid. */
  label: string;
  columns: readonly Column<T>[];
  /** Rows matching, all pages together. */
  total: number;
  /** The row at an index, or undefined while its page loads. */
  rowAt: (index: number) => T | undefined;
  rowKey: (row: T) => string;
  /** The rows between these indexes (end exclusive) are about to show: load them. */
  onRange: (start: number, end: number) => void;
  onToggleMark?: (row: T, index: number) => void;
  onOpen?: (row: T, index: number) => void;
  /** Other keys on the active row (r: replied, i: ignored…); true when handled. */
  onKey?: (key: string, row: T, index: number) => boolean;
  /** Changes when the selection changes (filters, search): back to the top. */
  resetKey: string;
  rowHeight?: number;
  /** Rows kept above and below the visible ones. */
  overscan?: number;
  /** Height of the scrolling area when the layout cannot tell (tests). */
  fallbackHeight?: number;
  testId?: string;
}

/**
 * A table of any length with a fixed row height: only the visible rows (plus
 * a few either side) are in the DOM, under a spacer as tall as every row
 * together, so 100,000 rows scroll like 100. An ARIA grid: the header row
 * stays on top, ↑/↓/PageUp/PageDown/Home/End move the active row, Space
 * marks it, Enter opens it.
 */
export function VirtualTable<T>({
  label,
  columns,
  total,
  rowAt,
  rowKey,
  onRange,
  onToggleMark,
  onOpen,
  onKey,
  resetKey,
  rowHeight = 36,
  overscan = 8,
  fallbackHeight = 560,
  testId = 'virtual-table',
}: VirtualTableProps<T>) {
  const scroller = useRef<HTMLTableElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const [viewport, setViewport] = useState(fallbackHeight);
  const [active, setActive] = useState(0);
  const frame = useRef<number | null>(null);
  const idPrefix = useRef(`vt-${Math.random().toString(36).slice(2, 8)}`).current;

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => {
      if (element.clientHeight > 0) setViewport(element.clientHeight);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A new selection starts at its top.
  // biome-ignore lint/correctness/useExhaustiveDependencies: resetKey is the trigger.
  useEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0;
    setScrollTop(0);
    setActive(0);
  }, [resetKey]);

  const bodyHeight = Math.max(0, viewport - rowHeight);
  const perPage = Math.max(1, Math.floor(bodyHeight / rowHeight));
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(total, Math.ceil((scrollTop + bodyHeight) / rowHeight) + overscan);

  useEffect(() => {
    if (total > 0) onRange(first, last);
  }, [first, last, total, onRange]);

  const activeIndex = Math.min(active, Math.max(0, total - 1));

  const onScroll = () => {
    if (frame.current !== null) return;
    frame.current = requestAnimationFrame(() => {
      frame.current = null;
      setScrollTop(scroller.current?.scrollTop ?? 0);
    });
  };

  const moveTo = (index: number) => {
    const next = Math.max(0, Math.min(total - 1, index));
    setActive(next);
    const element = scroller.current;
    if (!element) return;
    const top = next * rowHeight;
    let scroll = element.scrollTop;
    if (top < scroll) scroll = top;
    else if (top + rowHeight > scroll + bodyHeight) scroll = top + rowHeight - bodyHeight;
    if (scroll !== element.scrollTop) {
      element.scrollTop = scroll;
      setScrollTop(scroll);
    }
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (total === 0) return;
    if (event.target !== scroller.current) return;
    const row = rowAt(activeIndex);
    switch (event.key) {
      case 'ArrowDown':
        moveTo(activeIndex + 1);
        break;
      case 'ArrowUp':
        moveTo(activeIndex - 1);
        break;
      case 'PageDown':
        moveTo(activeIndex + perPage);
        break;
      case 'PageUp':
        moveTo(activeIndex - perPage);
        break;
      case 'Home':
        moveTo(0);
        break;
      case 'End':
        moveTo(total - 1);
        break;
      case ' ':
        if (row) onToggleMark?.(row, activeIndex);
        break;
      case 'Enter':
        if (row) onOpen?.(row, activeIndex);
        break;
      default:
        if (!row || event.ctrlKey || event.metaKey || event.altKey) return;
        if (!onKey?.(event.key, row, activeIndex)) return;
    }
    event.preventDefault();
  };

  const template = columns.map((column) => column.width).join(' ');
  const rows: ComponentChild[] = [];
  for (let index = first; index < last; index++) {
    const row = rowAt(index);
    rows.push(
      <tr
        key={row ? rowKey(row) : `pending-${index}`}
        id={`${idPrefix}-row-${index}`}
        class={index === activeIndex ? 'vt-row active' : 'vt-row'}
        aria-rowindex={index + 2}
        aria-selected={index === activeIndex}
        aria-busy={row ? undefined : true}
        data-index={index}
        style={{
          top: `${index * rowHeight}px`,
          height: `${rowHeight}px`,
          gridTemplateColumns: template,
        }}
        onMouseDown={() => setActive(index)}
        onDblClick={() => row && onOpen?.(row, index)}
      >
        {columns.map((column) => (
          <td key={column.id} class={`vt-cell vt-${column.id}`}>
            {row ? column.render(row, index) : index === first ? '…' : null}
          </td>
        ))}
      </tr>,
    );
  }

  return (
    <table
      ref={scroller}
      class="vt"
      // biome-ignore lint/a11y/noNoninteractiveElementToInteractiveRole: the APG data grid is a table with role grid.
      role="grid"
      aria-label={label}
      aria-rowcount={total + 1}
      aria-colcount={columns.length}
      aria-activedescendant={
        total > 0 && activeIndex >= first && activeIndex < last
          ? `${idPrefix}-row-${activeIndex}`
          : undefined
      }
      tabIndex={0}
      data-testid={testId}
      onScroll={onScroll}
      onKeyDown={onKeyDown}
    >
      <thead class="vt-head">
        <tr
          class="vt-row vt-header"
          aria-rowindex={1}
          style={{ height: `${rowHeight}px`, gridTemplateColumns: template }}
        >
          {columns.map((column) => (
            <th key={column.id} scope="col" class={`vt-cell vt-${column.id}`}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody class="vt-body" style={{ height: `${total * rowHeight}px` }}>
        {rows}
      </tbody>
    </table>
  );
}
