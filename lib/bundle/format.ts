/**
 * The workspace bundle file (docs/bundle-format.md): watchlists and templates
 * as JSON, for moving a workspace between machines or keeping a copy.
 */
import { z } from 'zod';
import { networkSchema, TEMPLATE_STATUSES, WATCHLIST_KINDS } from '../store/schema';

export const BUNDLE_FORMAT = 'vigie-bundle';
export const BUNDLE_VERSION = 1;

const bundleId = z.string().min(1).max(200);

export const bundleWatchlistSchema = z.strictObject({
  id: bundleId,
  name: z.string().min(1).max(120),
  kind: z.enum(WATCHLIST_KINDS),
  query: z.string().min(1).max(10_000),
  enabled: z.boolean().default(true),
  color: z.string().max(40).optional(),
});

export const bundleTemplateSchema = z.strictObject({
  id: bundleId,
  title: z.string().min(1).max(200),
  body: z.string().min(1).max(20_000),
  language: z.string().min(2).max(35),
  status: z.enum(TEMPLATE_STATUSES),
  tags: z.array(z.string().min(1).max(60)).max(50).default([]),
  intent: z.string().min(1).max(60).optional(),
  variants: z.partialRecord(networkSchema, z.string().min(1).max(20_000)).optional(),
  version: z.number().int().positive().optional(),
  approvedBy: z.string().max(120).optional(),
  approvedAt: z.iso.datetime().optional(),
});

export const bundleSchema = z.strictObject({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: z.iso.datetime().optional(),
  workspace: z.strictObject({ name: z.string().min(1).max(120) }).optional(),
  watchlists: z.array(bundleWatchlistSchema).max(5_000),
  templates: z.array(bundleTemplateSchema).max(20_000),
});

export type Bundle = z.infer<typeof bundleSchema>;
export type BundleWatchlist = z.infer<typeof bundleWatchlistSchema>;
export type BundleTemplate = z.infer<typeof bundleTemplateSchema>;
