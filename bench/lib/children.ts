import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';

import { BFF_NODE_FLAGS } from '../../scripts/bff-node-flags';
import type { ChildOptions, ChildRequest, ChildRole } from '../servers/child';

const CHILD = fileURLToPath(new URL('../servers/child.ts', import.meta.url));

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

type Reply = { type: string; id?: number; message?: string } & Record<string, unknown>;

/** A bench server in its own Node process (tsx), spoken to over IPC. */
export class Child {
  private nextId = 1;
  private readonly waiting = new Map<number, (reply: Reply) => void>();
  private constructor(
    readonly role: ChildRole,
    private readonly proc: ChildProcess,
    readonly url: string,
    readonly ready: Reply,
  ) {
    proc.on('message', (reply: Reply) => {
      if (reply.id === undefined) return;
      this.waiting.get(reply.id)?.(reply);
      this.waiting.delete(reply.id);
    });
  }

  get port(): number {
    return Number(new URL(this.url).port);
  }

  get pid(): number | undefined {
    return this.proc.pid;
  }

  static start(role: ChildRole, options: ChildOptions, timeoutMs = 180_000): Promise<Child> {
    const proc = fork(CHILD, [role, JSON.stringify(options)], {
      // The BFF runs with the memory setting `npm start` gives it.
      execArgv: ['--import', 'tsx', '--expose-gc', ...(role === 'bff' ? BFF_NODE_FLAGS : [])],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        proc.kill();
        reject(new Error(`${role} did not start in ${timeoutMs} ms`));
      }, timeoutMs);
      proc.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`${role} exited with ${code} before it was ready`));
      });
      proc.once('message', (reply: Reply) => {
        clearTimeout(timer);
        if (reply.type !== 'ready') return reject(new Error(`${role}: ${JSON.stringify(reply)}`));
        proc.removeAllListeners('exit');
        resolve(new Child(role, proc, String(reply.url), reply));
      });
    });
  }

  ask<T = Reply>(request: DistributiveOmit<ChildRequest, 'id'>): Promise<T> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, (reply) => {
        if (reply.type === 'error') reject(new Error(`${this.role}: ${reply.message}`));
        else resolve(reply as T);
      });
      this.proc.send({ ...request, id });
    });
  }

  stop(): Promise<void> {
    if (this.proc.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      const force = setTimeout(() => this.proc.kill('SIGKILL'), 5000);
      this.proc.once('exit', () => {
        clearTimeout(force);
        resolve();
      });
      this.proc.kill('SIGTERM');
    });
  }
}
