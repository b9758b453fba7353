/**
 * Worker thread of the search-index integration: receives search records in date order, in
 * batches, writes the index (index-writer.ts) into the folder it was given, and answers with the
 * summary. Runs beside Astro's page rendering, on the other core.
 *
 * Messages in: `{ records: SearchRecord[] }` …, then `{ end: true }`. Out: `{ summary }` or `{ error }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchRecord } from './document.ts';
import { SearchIndexWriter } from './index-writer.ts';

const port = parentPort!;
let writer: SearchIndexWriter | null = null;
port.on('message', (message: { records?: SearchRecord[]; end?: boolean }) => {
  try {
    writer ??= new SearchIndexWriter((workerData as { dir: string }).dir);
    for (const r of message.records ?? []) writer.add(r);
    if (message.end) {
      port.postMessage({ summary: writer.finish() });
      port.close();
    }
  } catch (e) {
    port.postMessage({ error: (e as Error).stack ?? String(e) });
    port.close();
  }
});
