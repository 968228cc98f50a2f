/**
 * The stored own lists where src/extension/own-lists-store.ts keeps them (the IndexedDB `unmask`,
 * store `own-lists`, key `lists`): read, written or deleted by the code that runs this function,
 * which is the extension's (the harness's `extEval`, a bench's DevTools expression) or a page's
 * content scripts' world (`inTab`), each opening its own origin's database.
 *
 * It travels as source (`Function.prototype.toString`), so it is self-contained: no imports, no
 * closures, no named inner functions. The value read (null when none) comes back as JSON text.
 */
export async function ownListsDb(op: { action: 'get' | 'put' | 'delete'; value?: unknown }): Promise<string> {
  const db: IDBDatabase = await new Promise((resolve, reject) => {
    const open = indexedDB.open('unmask', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('own-lists');
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => reject(open.error);
  });
  try {
    const tx = db.transaction('own-lists', op.action === 'get' ? 'readonly' : 'readwrite');
    const store = tx.objectStore('own-lists');
    const request = op.action === 'get' ? store.get('lists') : op.action === 'put' ? store.put(op.value, 'lists') : store.delete('lists');
    const result: unknown = await new Promise((resolve, reject) => {
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    return JSON.stringify(op.action === 'get' ? (result ?? null) : null);
  } finally {
    db.close();
  }
}
