/**
 * Which files of the seeds folder are seeds. A seed is a regular `.txt` or `.pdf` file inside the folder (a
 * symbolic link is followed only when it stays inside: one leading elsewhere — the system's
 * password file, say — is refused). Every other entry is listed with the reason it is not read,
 * so a page saved as `UPPER.TXT` or `x.txt.bak` is never missing without a word.
 */
import { lstatSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';

/** The editors' settings files: read by their own readers, never listed as skipped. */
export const SETTINGS_FILES = ['metadata.yaml', 'places.yaml', 'redirects.yaml', 'site.yaml'];

export interface SeedFile {
  /** File name in the seeds folder. */
  name: string;
  /** Where its bytes are read from. */
  path: string;
}

export interface SeedListing {
  seeds: SeedFile[];
  /** `.txt` entries that cannot be read as seeds (a link leaving the folder, a broken link): errors. */
  refused: { name: string; reason: string }[];
  /** Entries that are not seeds, each with why (warnings). */
  skipped: { name: string; reason: string }[];
}

const inside = (root: string, path: string) => {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
};

/** Why a non-seed entry is not read, and what to do if it should be. */
function skipReason(name: string, stats: Stats): string {
  if (stats.isDirectory()) return name.endsWith('.txt') ? '这是一个文件夹，不是文件：不读入' : '子文件夹不读入：稿件要直接放在 seeds 文件夹里';
  if (!stats.isFile()) return '不是普通文件（设备、管道或套接字）：不读入';
  if (name.startsWith('.')) return '隐藏文件：不读入';
  if (/\.txt$/iu.test(name)) return `扩展名不是小写的 .txt：不读入；要读入请改名为 ${name.replace(/\.txt$/iu, '.txt')}`;
  if (/\.pdf$/iu.test(name)) return `扩展名不是小写的 .pdf：不读入；要读入请改名为 ${name.replace(/\.pdf$/iu, '.pdf')}`;
  if (/\.txt\./iu.test(name)) return '看起来是 .txt 文件的备份或副本：不读入；要读入请去掉 .txt 后面的部分';
  return '不是 .txt 或 .pdf 文件：不读入（稿件要存为 UTF-8 编码的 .txt 文件，或排版系统导出的 .pdf）';
}

/** The seeds of `dir` (sorted by name), optionally only those named in `only`. */
export function listSeeds(dir: string, only?: string[]): SeedListing {
  const root = realpathSync(dir);
  const out: SeedListing = { seeds: [], refused: [], skipped: [] };
  for (const name of readdirSync(dir).sort()) {
    if (only && !only.includes(name)) continue;
    if (!only && SETTINGS_FILES.includes(name)) continue;
    const path = join(dir, name);
    const link = lstatSync(path);
    let stats: Stats = link;
    if (link.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
        stats = statSync(target);
      } catch {
        out.refused.push({ name, reason: '是一个符号链接，但它指向的文件不存在：把文件本身放进 seeds 文件夹' });
        continue;
      }
      if (!inside(root, target)) {
        out.refused.push({ name, reason: `是一个指向 seeds 文件夹以外（${target}）的符号链接：拒绝读入；要发布它，请把文件本身复制进 seeds 文件夹` });
        continue;
      }
    }
    if ((name.endsWith('.txt') || name.endsWith('.pdf')) && stats.isFile()) out.seeds.push({ name, path });
    else out.skipped.push({ name, reason: skipReason(name, stats) });
  }
  return out;
}
