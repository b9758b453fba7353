/**
 * Worker thread of the search-index integration: reads the build's search records, one per line
 * in date order (the spill file the content loader wrote: src/integrations/build-spill.ts), adds
 * them to the index writer (index-writer.ts) one at a time, and answers with the summary. Runs
 * beside Astro's page rendering, on the other core. Its memory is the writer's buffer
 * (`INDEX_BUFFER_BYTES`) and one line, not the archive.
 *
 * workerData: `{ records: string, dir: string }`. Out: `{ summary }` or `{ error }`.
 */
import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { parentPort, workerData } from 'node:worker_threads';
import type { SearchRecord } from './document.ts';
import { SearchIndexWriter } from './index-writer.ts';

const port = parentPort!;
const { records, dir } = workerData as { records: string; dir: string };

async function run(): Promise<void> {
  const writer = new SearchIndexWriter(dir);
  let line = 0;
  for await (const text of createInterface({ input: createReadStream(records, 'utf8'), crlfDelay: Infinity })) {
    line++;
    if (!text) continue;
    let record: SearchRecord;
    try {
      record = JSON.parse(text) as SearchRecord;
    } catch (e) {
      throw new Error(`${records}:${line}: ${(e as Error).message}`);
    }
    writer.add(record);
  }
  port.postMessage({ summary: writer.finish() });
}

run()
  .catch((e: unknown) => port.postMessage({ error: (e as Error).stack ?? String(e) }))
  .finally(() => port.close());
