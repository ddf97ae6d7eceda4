/**
 * The approved pack (docs/pack-format.md): a workspace's watchlists and its
 * approved and retired templates, signed by a senior's key. A junior who
 * trusts that key imports it; anyone else's copy, or a changed one, is refused.
 */
import { z } from 'zod';
import { bundleTemplateSchema, bundleWatchlistSchema } from '../bundle/format';

export const PACK_FORMAT = 'vigie-pack';
export const PACK_VERSION = 1;

const base64url43 = z.string().regex(/^[A-Za-z0-9_-]{43}$/);

export const packJwkSchema = z.strictObject({
  kty: z.literal('EC'),
  crv: z.literal('P-256'),
  x: base64url43,
  y: base64url43,
});

/** An approved template, with everything a junior needs to use it. */
export const packApprovedTemplateSchema = bundleTemplateSchema.extend({
  status: z.literal('approved'),
  version: z.number().int().positive(),
});

/** A template the senior retired: juniors retire their copy; its wording is not needed. */
export const packRetiredTemplateSchema = z.strictObject({
  id: bundleTemplateSchema.shape.id,
  status: z.literal('retired'),
  version: z.number().int().positive(),
});

export const packTemplateSchema = z.discriminatedUnion('status', [
  packApprovedTemplateSchema,
  packRetiredTemplateSchema,
]);

/** Everything but the signature: what the signature covers, in canonical form. */
export const packPayloadSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  version: z.literal(PACK_VERSION),
  workspace: z.strictObject({
    id: z.string().min(1).max(200),
    name: z.string().min(1).max(120),
  }),
  /** Grows with every export of this workspace by this signer. */
  packVersion: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  issuedAt: z.iso.datetime(),
  signer: z.strictObject({
    fingerprint: z.string().regex(/^[0-9a-f]{16}$/),
    publicKey: packJwkSchema,
    label: z.string().max(120),
  }),
  watchlists: z.array(bundleWatchlistSchema).max(5_000),
  templates: z.array(packTemplateSchema).max(20_000),
});

/** ECDSA P-256 signatures are 64 bytes (r ‖ s): 88 base64 characters. */
export const packSchema = packPayloadSchema.extend({
  signature: z.string().regex(/^[A-Za-z0-9+/]{86}==$/),
});

export type PackPayload = z.infer<typeof packPayloadSchema>;
export type Pack = z.infer<typeof packSchema>;
export type PackTemplate = z.infer<typeof packTemplateSchema>;
export type PackApprovedTemplate = z.infer<typeof packApprovedTemplateSchema>;
