import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type Column, VirtualTable } from '@/components/tables/VirtualTable';

interface Row {
  id: string;
  n: number;
}

const TOTAL = 100_000;
const ROW = 36;
const columns: Column<Row>[] = [
  { id: 'n', label: 'Number', width: '5rem', render: (row) => `#${row.n}` },
  { id: 'text', label: 'Text', width: '1fr', render: (_row, index) => `row ${index}` },
];

let root: HTMLDivElement;
const onRange = vi.fn();
const onToggleMark = vi.fn();
const onOpen = vi.fn();

function mount(
  total = TOTAL,
  rowAt = (index: number): Row | undefined => ({ id: `r${index}`, n: index }),
) {
  act(() => {
    render(
      <VirtualTable
        label="Interactions"
        columns={columns}
        total={total}
        rowAt={rowAt}
        rowKey={(row) => row.id}
        onRange={onRange}
        onToggleMark={onToggleMark}
        onOpen={onOpen}
        resetKey="a"
        rowHeight={ROW}
        overscan={5}
        fallbackHeight={ROW * 11}
      />,
      root,
    );
  });
  return root.querySelector('table') as HTMLTableElement;
}

const bodyRows = () => [...root.querySelectorAll<HTMLElement>('tbody tr')];
const indexes = () => bodyRows().map((row) => Number(row.getAttribute('data-index')));
async function press(table: HTMLElement, key: string) {
  await act(async () => {
    table.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}
const activeIndex = () => Number(root.querySelector('tr.active')?.getAttribute('data-index'));

beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
  onRange.mockClear();
  onToggleMark.mockClear();
  onOpen.mockClear();
});
afterEach(() => {
  render(null, root);
  root.remove();
});

describe('VirtualTable', () => {
  it('renders only a window of 100,000 rows over a spacer of their full height', () => {
    const table = mount();
    // 10 visible rows (the header takes one of 11) plus 5 below.
    expect(indexes()).toEqual(Array.from({ length: 15 }, (_, i) => i));
    expect((root.querySelector('tbody') as HTMLElement).style.height).toBe(`${TOTAL * ROW}px`);
    expect(onRange).toHaveBeenLastCalledWith(0, 15);
    expect(table.getAttribute('role')).toBe('grid');
    expect(table.getAttribute('aria-rowcount')).toBe(String(TOTAL + 1));
    expect(table.getAttribute('aria-colcount')).toBe('2');
    expect(root.querySelector('thead tr')?.getAttribute('aria-rowindex')).toBe('1');
    expect(bodyRows()[0]?.getAttribute('aria-rowindex')).toBe('2');
    expect(bodyRows()[3]?.style.top).toBe(`${3 * ROW}px`);
    expect([...root.querySelectorAll('th')].map((th) => th.textContent)).toEqual([
      'Number',
      'Text',
    ]);
  });

  it('moves the window with the scroll position', async () => {
    const table = mount();
    await act(async () => {
      table.scrollTop = 50_000 * ROW;
      table.dispatchEvent(new Event('scroll'));
      await new Promise((done) => requestAnimationFrame(() => done(null)));
    });
    expect(indexes()[0]).toBe(49_995);
    expect(indexes().at(-1)).toBe(50_014);
    expect(bodyRows().length).toBeLessThan(30);
    expect(bodyRows()[5]?.getAttribute('aria-rowindex')).toBe('50002');
    expect(onRange).toHaveBeenLastCalledWith(49_995, 50_015);
  });

  it('moves the active row from the keyboard and keeps it in view', async () => {
    const table = mount();
    expect(activeIndex()).toBe(0);
    await press(table, 'ArrowDown');
    await press(table, 'ArrowDown');
    expect(activeIndex()).toBe(2);
    await press(table, 'ArrowUp');
    expect(activeIndex()).toBe(1);
    await press(table, 'PageDown');
    expect(activeIndex()).toBe(11);
    await press(table, 'PageUp');
    expect(activeIndex()).toBe(1);
    await press(table, 'End');
    expect(activeIndex()).toBe(TOTAL - 1);
    expect(table.scrollTop).toBe(TOTAL * ROW - 10 * ROW);
    expect(indexes()).toContain(TOTAL - 1);
    const last = root.querySelector('tr.active') as HTMLElement;
    expect(last.getAttribute('aria-selected')).toBe('true');
    expect(table.getAttribute('aria-activedescendant')).toBe(last.id);
    await press(table, 'ArrowDown');
    expect(activeIndex()).toBe(TOTAL - 1);
    await press(table, 'Home');
    expect(activeIndex()).toBe(0);
    expect(table.scrollTop).toBe(0);
  });

  it('marks with Space and opens with Enter on the active row', async () => {
    const table = mount();
    await press(table, 'ArrowDown');
    await press(table, ' ');
    expect(onToggleMark).toHaveBeenCalledWith({ id: 'r1', n: 1 }, 1);
    await press(table, 'Enter');
    expect(onOpen).toHaveBeenCalledWith({ id: 'r1', n: 1 }, 1);
  });

  it('shows rows still loading as busy', () => {
    mount(50, (index) => (index < 3 ? { id: `r${index}`, n: index } : undefined));
    expect(bodyRows()[2]?.getAttribute('aria-busy')).toBeNull();
    expect(bodyRows()[3]?.getAttribute('aria-busy')).toBe('true');
  });
});
