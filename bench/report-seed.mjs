// Generated mentions, interactions and incidents for the report benchmark and
// its e2e test. `generateReportData` is self-contained (no outer references):
// it runs as is in Node (the test computes its expectations from the same
// records) and inside the extension's service worker, where `seedInWorker`
// writes the records straight into IndexedDB (a test-only path: no production
// message writes arbitrary records).

/**
 * @param {import('./report-seed.d.mts').SeedSpec} spec
 * @returns {import('./report-seed.d.mts').SeedData}
 */
export function generateReportData(spec) {
  const DAY = 86_400_000;
  const MIN = 60_000;
  let state = spec.seed >>> 0 || 1;
  // mulberry32: small, fast, good enough for test data.
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (list) => list[Math.floor(random() * list.length)];
  const weighted = (entries) => {
    const total = entries.reduce((sum, [, w]) => sum + w, 0);
    let r = random() * total;
    for (const [value, w] of entries) {
      r -= w;
      if (r < 0) return value;
    }
    return entries[entries.length - 1][0];
  };
  const networks = [
    ['x', 30],
    ['instagram', 20],
    ['facebook', 15],
    ['linkedin', 10],
    ['tiktok', 8],
    ['youtube', 6],
    ['trustpilot', 5],
    ['google-maps', 4],
    ['reddit', 2],
  ];
  // Typical reply delay (minutes) per network: fast on X, slow on reviews.
  const delay = {
    x: 45,
    instagram: 120,
    facebook: 150,
    linkedin: 300,
    tiktok: 180,
    youtube: 400,
    trustpilot: 1500,
    'google-maps': 2000,
    reddit: 500,
  };
  const words =
    'livraison colis retard service client merci super produit commande remboursement appli bug panne magasin conseiller réponse délai qualité prix offre promo déçu génial attente'.split(
      ' ',
    );
  const sentence = (n) => Array.from({ length: n }, () => pick(words)).join(' ');
  const ws = spec.workspaceId;
  const now = spec.end;
  const watchlists = ['Acme', 'Acme Support', 'Globex', 'Livraison', 'Initech'].map((name, i) => ({
    workspaceId: ws,
    id: `wl-${i}`,
    name,
    kind: i === 2 || i === 4 ? 'competitor' : i === 3 ? 'topic' : 'brand',
    query: name.toLowerCase(),
    enabled: true,
    createdAt: now - 200 * DAY,
    updatedAt: now - 200 * DAY,
  }));
  const templates = [];
  const templateVersions = [];
  for (let i = 0; i < spec.templates; i++) {
    const versions = 1 + (i % 3);
    const title = `${pick(['Merci', 'Excuses', 'Suivi', 'DM', 'Délai', 'FAQ'])} ${i + 1}`;
    templates.push({
      workspaceId: ws,
      id: `tpl-${i}`,
      title,
      body: `Bonjour {{author}}, ${sentence(12)}`,
      language: 'fr',
      status: 'approved',
      tags: [],
      version: versions,
      createdAt: now - 300 * DAY,
      updatedAt: now - 100 * DAY,
    });
    for (let v = 1; v <= versions; v++) {
      templateVersions.push({
        workspaceId: ws,
        templateId: `tpl-${i}`,
        version: v,
        title: v === versions ? title : `${title} (v${v})`,
        body: `Bonjour, ${sentence(10)}`,
        savedAt: now - (300 - v) * DAY,
      });
    }
  }
  const levels = [
    ['none', 70],
    ['low', 15],
    ['medium', 10],
    ['high', 5],
  ];
  const mentions = [];
  for (let i = 0; i < spec.mentions; i++) {
    const network = weighted(networks);
    // Days back: uniform over the span; hours follow office hours more than nights.
    const day = Math.floor(random() * spec.days) + spec.offsetDays;
    const hour = random() < 0.8 ? 8 + random() * 12 : random() * 24;
    const firstSeenAt = Math.round(now - day * DAY - (24 - hour) * 3_600_000);
    const postedAt = random() < 0.6 ? firstSeenAt - Math.round(random() * 90 * MIN) : undefined;
    const inTwo = random() < 0.2;
    const first = pick(watchlists).id;
    const second = pick(watchlists).id;
    mentions.push({
      id: `${spec.prefix}m${i}`,
      workspaceId: ws,
      dedupeKey: `${network}:${spec.prefix}${i}`,
      url: `https://${network}.example/p/${i}`,
      network,
      kind: pick(['post', 'comment', 'reply']),
      author: { name: `Client ${i % 997}`, handle: `@client${i % 997}` },
      text: sentence(18 + (i % 20)),
      postedAt,
      engagement: { likes: i % 50, replies: i % 7 },
      watchlistIds: inTwo && second !== first ? [first, second] : [first],
      terms: ['acme'],
      risk: { level: weighted(levels), score: random() * 10, categories: [] },
      status: random() < 0.05 ? 'ignored' : 'seen',
      firstSeenAt,
      lastSeenAt: firstSeenAt + 60_000,
    });
  }
  const interactions = [];
  for (let i = 0; i < spec.interactions; i++) {
    const mention = mentions[Math.floor(random() * mentions.length)];
    const status = weighted([
      ['sent', 55],
      ['inserted', 20],
      ['marked-replied', 15],
      ['marked-ignored', 10],
    ]);
    const wait = -Math.log(1 - random()) * delay[mention.network] * MIN;
    const createdAt = Math.min(now, Math.round(mention.firstSeenAt + wait));
    const template = status === 'marked-ignored' ? undefined : pick(templates);
    interactions.push({
      id: `${spec.prefix}i${i}`,
      workspaceId: ws,
      mentionId: mention.id,
      templateId: template?.id,
      templateVersion: template ? 1 + Math.floor(random() * template.version) : undefined,
      network: mention.network,
      url: mention.url,
      author: mention.author.name,
      text: `Bonjour ${mention.author.name}, ${sentence(16)}`,
      status,
      postedAt: mention.postedAt,
      firstSeenAt: mention.firstSeenAt,
      createdAt,
      sentAt: status === 'sent' ? createdAt + Math.round(random() * 3 * MIN) : undefined,
    });
  }
  const categories = [
    'viral-complaint',
    'technical-mishap',
    'product-failure',
    'rumour',
    'bad-joke',
  ];
  const incidents = [];
  for (let i = 0; i < spec.incidents; i++) {
    const createdAt = Math.round(now - (random() * spec.days + spec.offsetDays) * DAY);
    incidents.push({
      id: `${spec.prefix}inc${i}`,
      workspaceId: ws,
      title: `Incident ${i}`,
      category: pick(categories),
      severity: 1 + Math.floor(random() * 4),
      status: 'open',
      url: `https://x.example/p/${i}`,
      notes: '',
      mentionIds: [],
      timeline: [{ at: createdAt, status: 'open', by: 'CM', comment: '' }],
      createdAt,
      updatedAt: createdAt,
    });
  }
  return { watchlists, templates, templateVersions, mentions, interactions, incidents };
}

/**
 * Runs in the service worker: generates and stores the records, in one
 * transaction per store. `generate` is `generateReportData` (passed as source).
 */
export async function seedInWorker(generate, spec) {
  const data = generate(spec);
  const db = await new Promise((resolve, reject) => {
    const request = indexedDB.open('vigie');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const stores = [
    'watchlists',
    'templates',
    'templateVersions',
    'mentions',
    'interactions',
    'incidents',
  ];
  await new Promise((resolve, reject) => {
    const tx = db.transaction(stores, 'readwrite');
    for (const name of stores) {
      const store = tx.objectStore(name);
      for (const record of data[name]) store.put(record);
    }
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  db.close();
  // Records written to past days behind the repositories' back: the report cache
  // (lib/reports/cache.ts) must forget what it built before.
  const cache = await new Promise((resolve, reject) => {
    const request = indexedDB.open('vigie-report-cache');
    request.onupgradeneeded = () => request.result.createObjectStore('days');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  await new Promise((resolve, reject) => {
    const tx = cache.transaction('days', 'readwrite');
    tx.objectStore('days').clear();
    tx.oncomplete = resolve;
    tx.onerror = () => reject(tx.error);
  });
  cache.close();
  return Object.fromEntries(stores.map((name) => [name, data[name].length]));
}

/** The expression that seeds a worker (for `worker.evaluate`). */
export function seedExpression(spec) {
  return `(${seedInWorker.toString()})(${generateReportData.toString()}, ${JSON.stringify(spec)})`;
}
