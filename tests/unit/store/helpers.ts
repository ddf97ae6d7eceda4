import { openVigieDB, type VigieDB } from '@/lib/store/db';

let counter = 0;
/** A fresh database per test: fake-indexeddb keeps them apart by name. */
export function freshName(): string {
  counter += 1;
  return `vigie-test-${counter}-${Math.random().toString(36).slice(2)}`;
}

export async function freshDb(): Promise<VigieDB> {
  return openVigieDB(freshName());
}
