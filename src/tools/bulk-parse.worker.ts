/**
 * The bulk page's parser, in a worker of its own: whatever a pasted or dropped file holds, the
 * page's thread stays free (bulk-input.ts `BULK_LIMITS` bounds the work itself). One request at a
 * time carries an id; the page keeps only the answer to its latest request.
 */
import { parseBulkInput } from './bulk-input';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<{ id: number; text: string }>) => void) | null;
  postMessage(message: unknown): void;
};

scope.onmessage = (event) => {
  const { id, text } = event.data;
  scope.postMessage({ id, parsed: parseBulkInput(typeof text === 'string' ? text : '') });
};
