/**
 * Accuracy of the suggestions over the labelled set: prints top-1 and top-3
 * and every miss with its top 3, and holds the target (top-3 ≥ 90 %).
 * Run alone: npx vitest run --project unit tests/unit/suggest/accuracy.test.ts
 */
import { describe, expect, it } from 'vitest';
import { createSuggester } from '../../../lib/suggest';
import { BRAND_NAMES, LABELLED, measureAccuracy, TEMPLATES } from './labelled';

const percent = (count: number, total: number) => `${((100 * count) / total).toFixed(1)} %`;

describe('suggestion accuracy on the labelled set', () => {
  const suggester = createSuggester(TEMPLATES, { ignoreWords: BRAND_NAMES });
  const report = measureAccuracy(suggester);
  const batches = [...new Set(LABELLED.map((m) => m.batch ?? 1))].sort();

  it('prints top-1 and top-3 accuracy and the misses', () => {
    const lines = [
      `Suggestions: ${report.total} labelled mentions`,
      `  top-1 ${report.top1}/${report.total} = ${percent(report.top1, report.total)}`,
      `  top-3 ${report.top3}/${report.total} = ${percent(report.top3, report.total)}`,
      ...batches.map((batch) => {
        const part = measureAccuracy(
          suggester,
          LABELLED.filter((m) => (m.batch ?? 1) === batch),
        );
        return `  batch ${batch}: top-1 ${percent(part.top1, part.total)}, top-3 ${percent(part.top3, part.total)} of ${part.total}`;
      }),
      ...report.misses.map(
        ({ mention, rank, top3 }) =>
          `  miss ${mention.id} [${mention.network}] expected ${mention.expected} at ${rank ?? '—'}; top 3: ${top3.join(', ')}\n      ${mention.text}`,
      ),
    ];
    console.log(lines.join('\n'));
    expect(report.total).toBeGreaterThanOrEqual(60);
  });

  it('has the right template in the top 3 for at least 90 % of mentions', () => {
    expect(report.top3 / report.total).toBeGreaterThanOrEqual(0.9);
  });

  it('labels only approved templates', () => {
    const approved = new Set(TEMPLATES.filter((t) => t.status === 'approved').map((t) => t.id));
    for (const mention of LABELLED) {
      for (const id of [mention.expected, ...(mention.acceptable ?? [])]) {
        expect(approved.has(id), `${mention.id} → ${id}`).toBe(true);
      }
    }
  });
});
