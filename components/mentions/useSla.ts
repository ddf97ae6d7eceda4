import { useEffect, useMemo, useState } from 'preact/hooks';
import { send } from '@/lib/messages/client';
import { isLate, type SlaTargets } from '@/lib/sla';
import type { Mention } from '@/lib/store/schema';

export interface SlaView {
  targets: SlaTargets;
  now: number;
  /** Mentions some interaction answers (an inserted or copied reply). */
  answered: ReadonlySet<string>;
  isLate: (mention: Mention) => boolean;
}

const TICK_MS = 30_000;

/** The SLA state of a list of mentions: which are answered, and a clock that moves. */
export function useSla(mentions: readonly Mention[], targets: SlaTargets): SlaView {
  const [now, setNow] = useState(Date.now);
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set());

  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), TICK_MS);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    setNow(Date.now());
    const waiting = mentions.filter((m) => m.status === 'new' || m.status === 'seen');
    if (waiting.length === 0) {
      setAnswered(new Set());
      return;
    }
    let current = true;
    send('mentions.answered', { ids: waiting.slice(0, 5_000).map((m) => m.id) })
      .then((ids) => current && setAnswered(new Set(ids)))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [mentions]);

  return useMemo(
    () => ({
      targets,
      now,
      answered,
      isLate: (mention: Mention) => isLate(mention, targets, now, answered.has(mention.id)),
    }),
    [targets, now, answered],
  );
}
