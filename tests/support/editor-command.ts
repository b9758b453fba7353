/** An editor's command (`npm run add` …) run as a child process, as an editor runs it: exit code and everything it printed. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export async function runEditorCommand(script: string, ...args: string[]): Promise<{ code: number; out: string }> {
  try {
    // SEEDS_DIR empty: the command takes its seeds folder from --seeds, never from the test's environment.
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [script, ...args], { env: { ...process.env, SEEDS_DIR: '' } });
    return { code: 0, out: stdout + stderr };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}
