import type { Ref } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import {
  applyCompletion,
  type CompletionItem,
  completionAt,
  completionItems,
} from '@/lib/editors/completion';
import type { FieldIssue } from '@/lib/editors/issues';
import { templateSegments } from '@/lib/editors/template-segments';
import { t } from '@/lib/i18n';
import { CodeField } from '../CodeField';

export interface BodyFieldProps {
  id: string;
  testId: string;
  value: string;
  issues: readonly FieldIssue[];
  placeholder?: string;
  readOnly?: boolean;
  rows?: number;
  /** The body the fill-in suggestions come from (a variant suggests the common body's fields too). */
  fillInSource: string;
  onChange: (value: string) => void;
  areaRef?: Ref<HTMLTextAreaElement>;
}

function itemText(item: CompletionItem): string {
  if (item.kind === 'variable') return t(`editor_var_${item.name}`);
  if (item.kind === 'fill-in') return t('editor_completion_fill_in');
  return t('editor_completion_new_fill_in');
}

/**
 * A template text with its variables coloured and completion on `{`:
 * ↑/↓ choose, Enter or Tab insert, Esc closes.
 */
export function BodyField(props: BodyFieldProps) {
  const [caret, setCaret] = useState<number | null>(null);
  const [dismissed, setDismissed] = useState(false);
  const [active, setActive] = useState(0);
  const ownRef = useRef<HTMLTextAreaElement>(null);
  const segments = useMemo(
    () => templateSegments(props.value, props.issues),
    [props.value, props.issues],
  );
  const context = caret === null || props.readOnly ? null : completionAt(props.value, caret);
  const prefix = context?.prefix ?? null;
  const items = useMemo(
    () => (prefix === null ? [] : completionItems(prefix, `${props.fillInSource}\n${props.value}`)),
    [prefix, props.fillInSource, props.value],
  );
  const open = !dismissed && context !== null && items.length > 0;
  const listId = `${props.id}-completions`;

  const accept = (item: CompletionItem) => {
    if (!context || caret === null) return;
    const next = applyCompletion(props.value, context, caret, item);
    // Written to the textarea now, not after the next render: a key typed
    // meanwhile must land after the inserted variable, not before it.
    const area = ownRef.current;
    if (area) {
      area.value = next.text;
      area.setSelectionRange(next.caret, next.caret);
      area.focus();
    }
    setCaret(next.caret);
    setDismissed(true);
    props.onChange(next.text);
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (!open) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((index) => (index + step + items.length) % items.length);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      const item = items[Math.min(active, items.length - 1)];
      if (item) accept(item);
    } else if (event.key === 'Escape') {
      setDismissed(true);
    } else return;
    event.preventDefault();
    event.stopPropagation();
  };

  const setRefs = (element: HTMLTextAreaElement | null) => {
    ownRef.current = element;
    const outer = props.areaRef;
    if (typeof outer === 'function') outer(element);
    else if (outer) outer.current = element;
  };

  return (
    <div class="body-field">
      <CodeField
        id={props.id}
        testId={props.testId}
        textareaRef={setRefs}
        value={props.value}
        segments={segments}
        rows={props.rows ?? 6}
        placeholder={props.placeholder}
        readOnly={props.readOnly}
        invalid={props.issues.some((issue) => issue.severity === 'error')}
        onInput={(value, at) => {
          setCaret(at);
          setDismissed(false);
          setActive(0);
          props.onChange(value);
        }}
        onCaret={(at) => setCaret(at)}
        onKeyDown={onKeyDown}
        aria={{
          role: 'combobox',
          'aria-autocomplete': 'list',
          'aria-expanded': open ? 'true' : 'false',
          'aria-controls': listId,
          'aria-activedescendant': open ? `${listId}-${active}` : undefined,
        }}
      />
      {open && (
        <div
          class="completions"
          role="listbox"
          id={listId}
          data-testid={`${props.testId}-completions`}
        >
          {items.map((item, index) => (
            <div
              key={item.insert}
              id={`${listId}-${index}`}
              role="option"
              tabIndex={-1}
              aria-selected={index === active}
              data-insert={item.insert}
              onMouseDown={(event) => {
                event.preventDefault();
                accept(item);
              }}
            >
              <code>{item.insert}</code> <span class="muted">{itemText(item)}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  );
}
