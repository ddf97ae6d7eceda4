/**
 * The insertion engine: puts an approved reply into the site's own reply box,
 * verified by reading it back, never sent; and tells when the CM posted it.
 */
export { detectFamily } from './detect';
export { insertReply, insertReplyWithEditor } from './insert';
export { readBack } from './read-back';
export { STRATEGIES, type Strategy, strategiesFor } from './strategies';
export { trackLastFocusedEditable } from './track-focus';
export * from './types';
export { type WatchSentOptions, watchSent } from './watch-sent';
