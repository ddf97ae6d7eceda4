/**
 * What the background does for each message, one group per concern.
 * Payloads arrive already parsed and their senders checked (lib/messages/router.ts).
 */
import type { Handlers } from '../../messages/router';
import type { BackgroundDeps } from './context';
import { incidentHandlers } from './incidents';
import { libraryHandlers } from './library';
import { mentionHandlers } from './mentions';
import { replyHandlers } from './replies';
import { settingsHandlers } from './settings';
import { siteHandlers } from './sites';
import { tableHandlers } from './tables';

export type { BackgroundDeps } from './context';

export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    ...settingsHandlers(deps),
    ...libraryHandlers(deps),
    ...mentionHandlers(deps),
    ...siteHandlers(deps),
    ...replyHandlers(deps),
    ...incidentHandlers(deps),
    ...tableHandlers(deps),
  };
}
