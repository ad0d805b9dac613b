import net from "node:net";

/**
 * A TCP proxy in the test process between a fault server and its PostgreSQL server, so that a test
 * can take "the database" away from that one server without stopping the machine's shared
 * PostgreSQL, which other tests use. Cut, it behaves as a stopped server does: every open
 * connection ends (a query in flight sees its connection terminated) and new ones are refused
 * (ECONNREFUSED: nothing listens on the port). Restored, it listens and forwards again.
 */
export type FaultProxy = {
  port: number;
  /** Connections open through the proxy now (each is a client of the server's pool). */
  openConnections(): number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  close(): Promise<void>;
};

export async function startFaultProxy(port: number, target: { host: string; port: number }): Promise<FaultProxy> {
  const clients = new Set<net.Socket>();
  let server: net.Server | null = null;

  const forward = (client: net.Socket) => {
    const upstream = net.connect(target.port, target.host);
    clients.add(client);
    // Whichever side ends, the other ends too, as a real connection would.
    const end = () => {
      clients.delete(client);
      client.destroy();
      upstream.destroy();
    };
    client.on("error", end).on("close", end);
    upstream.on("error", end).on("close", end);
    client.pipe(upstream);
    upstream.pipe(client);
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const listening = net.createServer(forward);
      listening.once("error", reject);
      listening.listen(port, "127.0.0.1", () => {
        server = listening;
        resolve();
      });
    });

  const stopListening = () =>
    new Promise<void>((resolve) => {
      const listening = server;
      server = null;
      if (!listening) return resolve();
      listening.close(() => resolve());
      for (const client of clients) client.destroy();
      clients.clear();
    });

  await listen();
  return {
    port,
    openConnections: () => clients.size,
    cut: stopListening,
    restore: async () => {
      if (!server) await listen();
    },
    close: stopListening,
  };
}
