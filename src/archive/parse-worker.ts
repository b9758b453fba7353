/**
 * A parse worker (see parallel.ts): reads its share of the seeds exactly as `loadArchive` would
 * (decode, parse, places, keywords) and writes each analysis into the parse cache under the key
 * the main thread computed. Posts back the names of the seeds it read.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { loadGazetteer } from '../places/gazetteer.ts';
import { ParseCache } from './cache.ts';
import { decodeSeed } from './decode.ts';
import { listSeeds, seedAnalyser, UNSORTED, type SeedAnalysis } from './load.ts';
import type { WorkerJob } from './parallel.ts';

const job = workerData as WorkerJob;
const cache = new ParseCache<SeedAnalysis>(job.cacheDir, job.version);
const analyse = seedAnalyser(loadGazetteer({ editorFile: job.placesFile ?? undefined }));
const { metadata } = listSeeds(job.seedsDir);
const read: string[] = [];
for (const { file, key } of job.seeds) {
  let text: string;
  try {
    text = decodeSeed(readFileSync(join(job.seedsDir, file))).text;
  } catch {
    continue; // loadArchive reports the seed it cannot decode
  }
  if (text.trim() === '') continue;
  cache.set(key, analyse(text, metadata.seeds.get(file) ?? { publication: UNSORTED.slug }, file));
  read.push(file);
}
parentPort!.postMessage(read);
