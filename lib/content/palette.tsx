/**
 * The in-page reply palette: in any editable of a watched page, the shortcut
 * (Ctrl+Shift+Space unless the CM chose another) opens a small list of the
 * approved replies at the caret. It takes keys only while open, and only the
 * shortcut otherwise. The background renders the chosen template; insertion
 * goes through the same engine as the side panel.
 */
import { render } from 'preact';
import overlayCss from '@/components/mention-card/overlay.css?inline';
import { Palette, type PaletteItem } from '@/components/palette/Palette';
import { t } from '@/lib/i18n';
import { deepActiveElement, isEditable, resolveEditable } from '@/lib/insert/dom';
import type { InsertOutcome } from '@/lib/insert/types';
import type { PaletteRendered, PaletteTemplate } from '@/lib/messages/protocol';
import type { SiteAdapter } from '@/lib/sites/types';
import { OVERLAY_HOST_TAG } from './overlay-host';
import { matchesShortcut, parseShortcut } from './shortcut';

export interface PaletteDeps {
  templates: readonly PaletteTemplate[];
  shortcut: string;
  adapter: SiteAdapter;
  render(
    templateId: string,
    values: Record<string, string>,
    fills: Record<string, string>,
  ): Promise<PaletteRendered>;
  insert(text: string, editable: HTMLElement): Promise<InsertOutcome>;
  inserted(
    template: PaletteTemplate,
    rendered: PaletteRendered,
    dedupeKey: string | undefined,
    editable: HTMLElement,
    outcome: InsertOutcome,
  ): void;
  signal: AbortSignal;
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** Approved replies whose title, tags or intent contain every word typed. */
export function filterPalette(
  templates: readonly PaletteTemplate[],
  query: string,
): PaletteTemplate[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return templates.filter((template) => {
    const haystack = fold([template.title, template.intent ?? '', ...template.tags].join(' '));
    return words.every((word) => haystack.includes(word));
  });
}

/** Where the caret is, to open the palette next to it. */
function caretRect(editable: HTMLElement): DOMRect {
  const selection = editable.ownerDocument.getSelection();
  if (selection && selection.rangeCount > 0 && editable.contains(selection.anchorNode)) {
    const rect = selection.getRangeAt(0).getBoundingClientRect();
    if (rect.width > 0 || rect.height > 0) return rect;
  }
  return editable.getBoundingClientRect();
}

export function installPalette(deps: PaletteDeps): void {
  const shortcut = parseShortcut(deps.shortcut);
  if (!shortcut || deps.templates.length === 0) return;
  let host: HTMLElement | null = null;
  let layer: HTMLDivElement | null = null;
  let editable: HTMLElement | null = null;
  let query = '';
  let active = 0;
  let message: string | null = null;
  let pending: {
    template: PaletteTemplate;
    names: string[];
    values: Record<string, string>;
  } | null = null;

  const close = () => {
    if (layer) render(null, layer);
    host?.remove();
    host = null;
    layer = null;
    pending = null;
    editable?.focus();
  };

  const pageValues = (): Record<string, string> => {
    const unit = editable ? deps.adapter.unitOf(editable) : null;
    if (!unit) return {};
    const { author, permalink } = deps.adapter.extract(unit, new URL(location.href));
    return Object.fromEntries(
      Object.entries({
        author: author.name,
        author_handle: author.handle,
        post_url: permalink,
      }).filter(
        (entry): entry is [string, string] => typeof entry[1] === 'string' && entry[1] !== '',
      ),
    );
  };

  const finish = async (template: PaletteTemplate, fills: Record<string, string>) => {
    const target = editable;
    if (!target) return;
    // What the CM typed fills fill-in fields and known variables the page did not give alike.
    const rendered = await deps.render(template.id, { ...pageValues(), ...fills }, fills);
    const missing = rendered.unfilled.filter((name) => !(name in fills));
    if (missing.length > 0) {
      pending = { template, names: missing, values: { ...fills } };
      paint();
      return;
    }
    close();
    const outcome = await deps.insert(rendered.text, target);
    const unit = deps.adapter.unitOf(target);
    const key = unit ? deps.adapter.extract(unit, new URL(location.href)).permalink : undefined;
    if (outcome.ok) deps.inserted(template, rendered, key, target, outcome);
  };

  function paint(): void {
    if (!layer || !editable) return;
    const matches = filterPalette(deps.templates, query);
    active = Math.min(active, Math.max(matches.length - 1, 0));
    const items: PaletteItem[] = matches.map((template) => ({
      id: template.id,
      title: template.title,
      language: template.language,
      detail: [template.intent, ...template.tags].filter(Boolean).join(' · '),
    }));
    const rect = caretRect(editable);
    const top = rect.bottom + 6 + 320 > innerHeight ? Math.max(8, rect.top - 326) : rect.bottom + 6;
    render(
      <div
        style={{
          position: 'fixed',
          top: `${top}px`,
          left: `${Math.min(rect.left, innerWidth - 350)}px`,
        }}
      >
        <Palette
          query={query}
          items={items}
          active={active}
          pending={
            pending && {
              title: pending.template.title,
              names: pending.names,
              values: pending.values,
            }
          }
          message={message}
          onQuery={(next) => {
            query = next;
            active = 0;
            paint();
          }}
          onMove={(delta) => {
            active = Math.max(0, Math.min(active + delta, items.length - 1));
            paint();
          }}
          onChoose={(index) => {
            const template = matches[index];
            if (template) void finish(template, {}).catch((error: unknown) => fail(error));
          }}
          onFill={(name, value) => {
            if (pending) pending.values[name] = value;
          }}
          onConfirm={() => {
            if (pending)
              void finish(pending.template, pending.values).catch((error: unknown) => fail(error));
          }}
          onClose={close}
        />
      </div>,
      layer,
    );
  }

  const fail = (error: unknown) => {
    message = t('error_generic', error instanceof Error ? error.message : String(error));
    paint();
  };

  const open = (target: HTMLElement) => {
    editable = target;
    query = '';
    active = 0;
    message = null;
    pending = null;
    if (!host) {
      host = document.createElement(OVERLAY_HOST_TAG);
      host.dataset.part = 'palette';
      const root = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = overlayCss;
      layer = document.createElement('div');
      root.append(style, layer);
      document.documentElement.append(host);
    }
    paint();
  };

  document.addEventListener(
    'keydown',
    (event) => {
      if (!matchesShortcut(event, shortcut)) return;
      const target = resolveEditable(deepActiveElement());
      if (!target || !isEditable(target)) return;
      // Only the shortcut, only in an editable: every other key stays the page's.
      event.preventDefault();
      event.stopPropagation();
      open(target);
    },
    { capture: true, signal: deps.signal },
  );
  deps.signal.addEventListener('abort', () => close(), { once: true });
}
