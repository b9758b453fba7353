import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A temporary seeds folder: the real seeds and metadata, the bad fixtures, and optional metadata lines appended. */
export function mixedSeedsDir(extraMetadata = ''): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  cpSync('seeds', dir, { recursive: true });
  cpSync('tests/fixtures/bad', dir, { recursive: true });
  if (extraMetadata) writeFileSync(join(dir, 'metadata.yaml'), readFileSync('seeds/metadata.yaml', 'utf8') + extraMetadata);
  return dir;
}
