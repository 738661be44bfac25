/*
 * A full garbage collection in the service, through the V8 inspector (the soak starts it with
 * `--inspect` on a loopback port), so that heap figures show what is retained rather than garbage
 * V8 has not collected yet.
 */
import { WebSocket } from 'undici';

export async function collectGarbage(inspectorPort: number): Promise<void> {
  const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const socket = new WebSocket(targets[0].webSocketDebuggerUrl);
  try {
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve());
      socket.addEventListener('error', () => reject(new Error('inspector connection failed')));
    });
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error('no answer to HeapProfiler.collectGarbage')),
        10_000,
      );
      socket.addEventListener('message', (event) => {
        if ((JSON.parse(String(event.data)) as { id?: number }).id === 1) {
          clearTimeout(timer);
          resolve();
        }
      });
      socket.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }));
    });
  } finally {
    socket.close();
  }
}
