import type { Ref } from 'preact';
import { useRef } from 'preact/hooks';
import type { Segment } from '@/lib/editors/segments';

export interface CodeFieldProps {
  id: string;
  value: string;
  segments: readonly Segment[];
  rows?: number;
  testId: string;
  placeholder?: string;
  invalid?: boolean;
  readOnly?: boolean;
  describedBy?: string;
  textareaRef?: Ref<HTMLTextAreaElement>;
  onInput: (value: string, caret: number) => void;
  onKeyDown?: (event: KeyboardEvent) => void;
  onCaret?: (caret: number) => void;
  /** Extra ARIA for a combobox (autocompletion). */
  aria?: Record<string, string | boolean | undefined>;
}

/**
 * A textarea over a coloured copy of its text: the CM types in a real
 * textarea (undo, IME, spellcheck off, screen readers) while the <pre>
 * behind it shows tokens and underlines problems at their place.
 */
export function CodeField(props: CodeFieldProps) {
  const overlay = useRef<HTMLPreElement>(null);
  const syncScroll = (event: Event) => {
    const area = event.currentTarget as HTMLTextAreaElement;
    if (overlay.current) {
      overlay.current.scrollTop = area.scrollTop;
      overlay.current.scrollLeft = area.scrollLeft;
    }
  };
  return (
    <div class="code-field" data-invalid={props.invalid ? 'true' : undefined}>
      <pre
        class="code-overlay"
        aria-hidden="true"
        ref={overlay}
        data-testid={`${props.testId}-overlay`}
      >
        {props.segments.map((segment) => (
          <span
            key={segment.start}
            class={[
              segment.token ? `tok-${segment.token}` : '',
              segment.mark ? `mark-${segment.mark}` : '',
            ]
              .join(' ')
              .trim()}
            data-mark={segment.mark ?? undefined}
          >
            {segment.text}
          </span>
        ))}
        {'\n'}
      </pre>
      <textarea
        id={props.id}
        ref={props.textareaRef}
        class="code-input"
        data-testid={props.testId}
        rows={props.rows ?? 4}
        value={props.value}
        placeholder={props.placeholder}
        readOnly={props.readOnly}
        spellcheck={false}
        autocomplete="off"
        aria-invalid={props.invalid ? 'true' : undefined}
        aria-describedby={props.describedBy}
        {...props.aria}
        onInput={(event) => {
          const area = event.currentTarget;
          props.onInput(area.value, area.selectionStart);
          syncScroll(event);
        }}
        onKeyDown={props.onKeyDown}
        onKeyUp={(event) => props.onCaret?.(event.currentTarget.selectionStart)}
        onClick={(event) => props.onCaret?.(event.currentTarget.selectionStart)}
        onScroll={syncScroll}
      />
    </div>
  );
}
