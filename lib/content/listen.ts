import './highlights.css';

/**
 * Wires listening on a page: configuration from the background, the matcher,
 * the highlighter, the observer, and the mentions sent back. Everything is
 * torn down when the extension context goes away.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { applyContentDictionary } from '@/lib/i18n/content';
import {
  type InsertOutcome,
  insertReply,
  insertReplyWithEditor,
  trackLastFocusedEditable,
  watchSent,
} from '@/lib/insert';
import { browserHighlightHost, Highlighter } from '@/lib/listening/annotate';
import { compileSplit } from '@/lib/listening/compile';
import { watchUnits } from '@/lib/listening/observer';
import { type FoundMention, PageListener } from '@/lib/listening/page-listener';
import { send } from '@/lib/messages/client';
import { type ContentCommand, isContentCommand } from '@/lib/messages/content-commands';
import type { MessageInput } from '@/lib/messages/protocol';
import { scoreRisk } from '@/lib/risk/score';
import type { SiteAdapter } from '@/lib/sites/types';
import { readEvidence } from './evidence';
import { showIncidentForm } from './incident-form';
import { Overlay, type OverlayMention } from './overlay';
import { isOwnNode, OVERLAY_HOST_TAG } from './overlay-host';
import { installPalette } from './palette';

type SeenPayload = MessageInput<'mentions.seen'>['mentions'][number];

const KIND_ORDER = ['brand', 'competitor', 'topic'] as const;

/** When the CM posts the inserted reply, the log learns its final wording. */
function reportWhenSent(
  editor: HTMLElement,
  outcome: InsertOutcome,
  interactionId: string,
  signal: AbortSignal,
): void {
  if (!outcome.ok || !outcome.family) return;
  watchSent(
    editor,
    outcome.family,
    (finalText) => {
      send('interactions.sent', { interactionId, finalText }).catch(() => undefined);
    },
    signal,
  );
}

function toOverlay(
  found: FoundMention,
  watchlists: ReadonlyMap<string, { name: string; kind: 'brand' | 'competitor' | 'topic' }>,
): OverlayMention {
  const matched = found.watchlistIds
    .map((id) => watchlists.get(id))
    .filter((w): w is { name: string; kind: 'brand' | 'competitor' | 'topic' } => w !== undefined);
  const kind = KIND_ORDER.find((k) => matched.some((w) => w.kind === k)) ?? 'topic';
  return {
    key: found.dedupeKey,
    unit: found.unit,
    kind,
    risky: found.risk.level === 'medium' || found.risk.level === 'high',
    card: {
      watchlists: matched.map(({ name, kind: k }) => ({ name, kind: k })),
      terms: found.terms,
      author: found.extracted.author,
      timestamp: found.extracted.timestamp,
      network: found.extracted.network,
      risk: { level: found.risk.level, categories: found.risk.categories },
      language: found.extracted.languageHint,
    },
  };
}

function toSeen(found: FoundMention, pageUrl: string): SeenPayload {
  const { extracted } = found;
  const engagement = Object.fromEntries(
    Object.entries(extracted.engagement).filter(([, value]) => typeof value === 'number'),
  ) as Record<string, number>;
  const postedAt = extracted.timestamp ? Date.parse(extracted.timestamp) : Number.NaN;
  return {
    dedupeKey: found.dedupeKey,
    permalink: extracted.permalink,
    url: pageUrl,
    network: extracted.network,
    kind: extracted.kind,
    author: extracted.author,
    text: extracted.text.slice(0, 50_000),
    postedAt: Number.isFinite(postedAt) ? postedAt : undefined,
    language: extracted.languageHint,
    engagement,
    watchlistIds: found.watchlistIds,
    terms: found.terms.slice(0, 200),
    risk: { level: found.risk.level, score: found.risk.score, categories: found.risk.categories },
  };
}

interface Session {
  listener: PageListener;
  highlighter: Highlighter;
  stop(): void;
}

/** One listening session with one configuration; stopped and replaced when the watchlists change. */
async function startSession(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
): Promise<Session | null> {
  const config = await send('content.hello', { url: location.href });
  // The card, palette and capture form speak the CM's chosen language.
  applyContentDictionary(config.messages);
  if (!config.active || ctx.isInvalid) return null;
  const host = browserHighlightHost();
  if (!host) return null;

  const controller = new AbortController();
  const signal = AbortSignal.any([ctx.signal, controller.signal]);
  // Watchlists on every post now; the risk lexicon later, on matched posts only.
  const compiled = compileSplit(config.matcher);
  const highlighter = new Highlighter(host);
  highlighter.applyColours(config.watchlists);
  const watchlists = new Map(config.watchlists.map((w) => [w.id, w]));
  /** Stored mention ids by dedupe key, from the background's answers. */
  const storedIds = new Map<string, string>();
  const overlay = new Overlay(
    {
      setStatus: (key, status) => {
        const id = storedIds.get(key);
        if (id) send('mentions.setStatus', { id, status }).catch(() => undefined);
      },
      logBadBuzz: (key) => {
        send('incident.capture', { source: 'card', dedupeKey: key }).catch(() => undefined);
      },
    },
    signal,
  );
  let resetNext = true;
  const report = (found: FoundMention[]) => {
    overlay.upsert(found.map((mention) => toOverlay(mention, watchlists)));
    const reset = resetNext;
    resetNext = false;
    const url = location.href;
    const batches: FoundMention[][] = found.length === 0 && reset ? [[]] : [];
    for (let i = 0; i < found.length; i += 500) batches.push(found.slice(i, i + 500));
    batches.forEach((batch, index) => {
      send('mentions.seen', {
        url,
        reset: reset && index === 0,
        mentions: batch.map((mention) => toSeen(mention, url)),
      })
        .then((stored) => {
          for (const mention of stored) {
            storedIds.set(mention.dedupeKey, mention.id);
            if (mention.language) overlay.setLanguage(mention.dedupeKey, mention.language);
          }
        })
        .catch(() => undefined);
    });
  };
  const listener = new PageListener({
    adapter,
    matcher: compiled.watch.matcher,
    riskMatcher: compiled.risk.matcher,
    assessRisk: (text, hits) => {
      const assessment = scoreRisk(text, hits);
      return {
        level: assessment.level,
        score: assessment.score,
        categories: assessment.categories,
        spans: assessment.hits.filter((hit) => !hit.negated),
      };
    },
    highlighter,
    pageUrl: () => new URL(location.href),
    isOwnNode,
    ownNodeSelector: OVERLAY_HOST_TAG,
    onMentions: report,
    onCleared: (units) => overlay.remove(units),
    signal,
  });

  installPalette({
    templates: config.palette.templates,
    shortcut: config.palette.shortcut,
    adapter,
    render: (templateId, values, fills) =>
      send('palette.render', { templateId, network: adapter.network, values, fills }),
    insert: (text, editable) => insertReply(text, { editor: editable, opener: null }, editable),
    inserted: (template, rendered, dedupeKey, editable, outcome) => {
      send('palette.inserted', {
        templateId: template.id,
        templateVersion: rendered.version,
        text: rendered.text,
        url: location.href,
        dedupeKey,
      })
        .then(({ interactionId }) => reportWhenSent(editable, outcome, interactionId, signal))
        .catch(() => undefined);
    },
    signal,
  });

  await listener.scan(document.body);
  // The tab's list is reset by the first report; a page without mentions still needs one.
  void listener.settled().then(() => {
    if (resetNext && !signal.aborted) report([]);
  });
  watchUnits({
    root: document.body,
    findUnits: (root) => adapter.findUnits(root),
    unitOf: (node) => adapter.unitOf(node),
    onUnits: (units) => listener.update(units),
    onRemoved: () => listener.dropDisconnected(),
    ignore: (node) => node instanceof Element && isOwnNode(node),
    signal,
    schedule: (callback) => ctx.requestAnimationFrame(callback),
  });

  // A single-page app moved to another URL: the tab's list starts again with what is there now.
  ctx.addEventListener(
    window,
    'wxt:locationchange',
    () => {
      resetNext = true;
      report(listener.mentions());
    },
    { signal },
  );

  return {
    listener,
    highlighter,
    stop: () => {
      controller.abort();
      highlighter.dispose();
    },
  };
}

/** Listens on the page with `adapter` until the extension context goes away. */
export async function startListening(
  ctx: ContentScriptContext,
  adapter: SiteAdapter,
): Promise<void> {
  // Commands (capture, insert) work from the first moment, before the first scan ends.
  let session: Session | null = null;
  ctx.onInvalidated(() => session?.stop());

  // Vigie's own inputs (palette, capture form) are never the reply box.
  const lastFocused = trackLastFocusedEditable(ctx.signal, isOwnNode);
  // Context menus do not say which element was right-clicked: remember it.
  let lastContextTarget: Element | null = null;
  ctx.addEventListener(
    document,
    'contextmenu',
    (event) => {
      lastContextTarget = event.target instanceof Element ? event.target : null;
    },
    { capture: true },
  );

  const insert = async (command: Extract<ContentCommand, { command: 'insert' }>) => {
    const unit = command.dedupeKey ? session?.listener.unitFor(command.dedupeKey) : null;
    // The engine says which box it used: that is the one to watch for the post.
    const { outcome, editor } = await insertReplyWithEditor(
      command.text,
      unit ? adapter.replyTarget(unit) : null,
      lastFocused(),
    );
    if (editor) reportWhenSent(editor, outcome, command.interactionId, ctx.signal);
    return outcome;
  };

  const onCommand = (message: unknown): Promise<unknown> | undefined => {
    if (!isContentCommand(message)) return undefined;
    if (message.command === 'insert') return insert(message);
    if (message.command === 'incident.evidence') {
      return Promise.resolve(
        readEvidence(message, {
          adapter,
          mentions: () => session?.listener.mentions() ?? [],
          lastContextTarget: () => lastContextTarget,
        }),
      );
    }
    if (message.command === 'incident.form') {
      showIncidentForm(
        message.incident,
        {
          save: (id, fields) => send('incident.update', { id, ...fields }),
          discard: (id) => send('incident.discard', { id }),
        },
        ctx.signal,
      );
      return Promise.resolve(true);
    }
    if (message.command === 'focus') {
      const unit = session?.listener.unitFor(message.dedupeKey);
      if (!unit) return undefined;
      unit.scrollIntoView({ block: 'center', behavior: 'smooth' });
      session?.highlighter.pulse(unit);
    } else if (message.command === 'reload') {
      // Watchlists or site switches changed: listen again, in place, without touching the page.
      session?.stop();
      void startSession(ctx, adapter).then((next) => {
        session = next;
      });
    }
    return undefined;
  };
  browser.runtime.onMessage.addListener(onCommand);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onCommand));
  session = await startSession(ctx, adapter);
}
