import { Child, forkLoadWorker, stop } from '../processes';
import type { LoadJob, LoadResult, WorkerReply } from './load-job';

/** The parent's side of the load worker: one job at a time, over IPC. */
export class LoadClient {
  private readonly worker: Child = forkLoadWorker();
  private nextId = 0;

  get pid(): number {
    return this.worker.pid;
  }

  run(job: LoadJob): Promise<LoadResult> {
    const id = (this.nextId += 1);
    return new Promise((resolve, reject) => {
      const onMessage = (reply: WorkerReply) => {
        if (reply.id !== id) return;
        cleanup();
        if (reply.result) resolve(reply.result);
        else reject(new Error(`Load job failed: ${reply.error}`));
      };
      const onExit = () => {
        cleanup();
        reject(new Error(`The load worker exited: ${this.worker.tail()}`));
      };
      const cleanup = () => {
        this.worker.process.off('message', onMessage);
        this.worker.process.off('exit', onExit);
      };
      this.worker.process.on('message', onMessage);
      this.worker.process.once('exit', onExit);
      this.worker.process.send({ id, job });
    });
  }

  async close(): Promise<void> {
    this.worker.process.disconnect();
    await stop(this.worker);
  }
}
