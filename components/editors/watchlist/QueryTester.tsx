import type { ComponentChild } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { testQuery } from '@/lib/editors/query-test';
import { t } from '@/lib/i18n';
import { useDebounced } from '../useDebounced';

/** "Test it": paste a post, see whether the query matches it and on which words. */
export function QueryTester({ query }: { query: string }) {
  const [text, setText] = useState('');
  const settledQuery = useDebounced(query, 200);
  const settledText = useDebounced(text, 200);
  const result = useMemo(
    () => (settledText.trim() === '' ? null : testQuery(settledQuery, settledText)),
    [settledQuery, settledText],
  );

  const pieces: ComponentChild[] = [];
  if (result) {
    let at = 0;
    for (const span of result.spans) {
      if (span.start > at) pieces.push(settledText.slice(at, span.start));
      pieces.push(
        <mark key={span.start} title={span.term} data-term={span.term}>
          {settledText.slice(span.start, span.end)}
        </mark>,
      );
      at = span.end;
    }
    pieces.push(settledText.slice(at));
  }

  return (
    <fieldset class="query-tester">
      <legend>{t('editor_test_title')}</legend>
      <label for="query-test-text">{t('editor_test_label')}</label>
      <textarea
        id="query-test-text"
        data-testid="query-test-text"
        rows={3}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
      />
      {result && (
        <div
          data-testid="query-test-result"
          data-matched={String(result.matched)}
          aria-live="polite"
        >
          <p class={`notice ${result.matched ? 'ok' : result.valid ? '' : 'error'}`}>
            {!result.valid
              ? t('editor_test_invalid')
              : result.matched
                ? t('editor_test_match')
                : t('editor_test_no_match')}
          </p>
          {result.matched && (
            <>
              <p class="muted">
                {t('editor_test_terms')}{' '}
                <span data-testid="query-test-terms">
                  {result.terms.map((term) => (
                    <code class="tag" key={term}>
                      {term}
                    </code>
                  ))}
                </span>
              </p>
              <p class="query-test-text" data-testid="query-test-highlighted">
                {pieces}
              </p>
            </>
          )}
        </div>
      )}
    </fieldset>
  );
}
