/**
 * Shows the capture form for a bad buzz already saved with its evidence, in a
 * shadow root outside the site's root. Edits are saved as they are typed (a
 * navigation that dismisses the form loses nothing); Esc discards the capture.
 */
import { render } from 'preact';
import { IncidentForm } from '@/components/incident-form/IncidentForm';
import overlayCss from '@/components/mention-card/overlay.css?inline';
import type { IncidentFormFields, IncidentFormPrefill } from '../messages/content-commands';
import { OVERLAY_HOST_TAG } from './overlay-host';

export interface IncidentFormActions {
  save(id: string, fields: IncidentFormFields): Promise<unknown>;
  discard(id: string): Promise<unknown>;
}

const SAVE_DELAY_MS = 400;

export function showIncidentForm(
  prefill: IncidentFormPrefill,
  actions: IncidentFormActions,
  signal: AbortSignal,
): void {
  for (const old of document.querySelectorAll(`${OVERLAY_HOST_TAG}[data-part="incident"]`))
    old.remove();
  const host = document.createElement(OVERLAY_HOST_TAG);
  host.dataset.part = 'incident';
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = overlayCss;
  const layer = document.createElement('div');
  root.append(style, layer);
  document.documentElement.append(host);

  let fields: IncidentFormFields = {
    title: prefill.title,
    category: prefill.category,
    severity: prefill.severity,
    notes: '',
    escalate: false,
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const close = () => {
    clearTimeout(timer);
    render(null, layer);
    host.remove();
  };
  const paint = () =>
    render(
      <IncidentForm
        prefill={prefill}
        fields={fields}
        onChange={(next) => {
          fields = next;
          paint();
          clearTimeout(timer);
          timer = setTimeout(() => void actions.save(prefill.id, fields), SAVE_DELAY_MS);
        }}
        onSave={() => {
          close();
          void actions.save(prefill.id, fields);
        }}
        onCancel={() => {
          close();
          void actions.discard(prefill.id);
        }}
      />,
      layer,
    );
  paint();
  signal.addEventListener('abort', close, { once: true });
}
