/**
 * What the background does for each message, one group per concern.
 * Payloads arrive already parsed and their senders checked (lib/messages/router.ts).
 */
import type { Handlers } from '../../messages/router';
import type { BackgroundDeps } from './context';
import { editorHandlers } from './editors';
import { incidentScreenHandlers } from './incident-screen';
import { incidentHandlers } from './incidents';
import { libraryHandlers } from './library';
import { mentionHandlers } from './mentions';
import { packHandlers } from './packs';
import { replyHandlers } from './replies';
import { reportHandlers } from './reports';
import { settingsHandlers } from './settings';
import { siteHandlers } from './sites';
import { tableHandlers } from './tables';
import { workspaceHandlers } from './workspaces';

export type { BackgroundDeps } from './context';

export function createHandlers(deps: BackgroundDeps): Handlers {
  return {
    ...settingsHandlers(deps),
    ...libraryHandlers(deps),
    ...mentionHandlers(deps),
    ...siteHandlers(deps),
    ...replyHandlers(deps),
    ...incidentHandlers(deps),
    ...packHandlers(deps),
    ...incidentScreenHandlers(deps),
    ...workspaceHandlers(deps),
    ...editorHandlers(deps),
    ...reportHandlers(deps),
    ...tableHandlers(deps),
  };
}
