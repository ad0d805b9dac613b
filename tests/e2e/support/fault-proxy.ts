import net from "node:net";

/**
 * A TCP proxy in the test process between a fault server and its PostgreSQL server, so that a test
 * can take "the database" away from that one server without stopping the machine's shared
 * PostgreSQL, which other tests use. Two ways to take it away:
 * - cut, it behaves as a stopped server does: every open connection ends (a query in flight sees
 *   its connection terminated) and new ones are refused (ECONNREFUSED: nothing listens on the
 *   port). Restored, it listens and forwards again.
 * - stalled, it behaves as a network that drops every packet (a pulled cable, a firewall that
 *   drops instead of rejecting): nothing ends and nothing is refused, nothing arrives either.
 *   Open connections stop forwarding in both directions (what was sent waits, as TCP would keep
 *   retransmitting it); new connections are accepted and never forwarded. Un-stalled, the open
 *   connections forward what waited and go on; the ones accepted meanwhile stay dead.
 */
export type FaultProxy = {
  port: number;
  /** Connections open through the proxy now (each is a client of the server's pool). */
  openConnections(): number;
  cut(): Promise<void>;
  restore(): Promise<void>;
  stall(): void;
  unstall(): void;
  close(): Promise<void>;
};

type Link = { client: net.Socket; upstream: net.Socket };

export async function startFaultProxy(port: number, target: { host: string; port: number }): Promise<FaultProxy> {
  const links = new Set<Link>();
  // Connections accepted while stalled: held open, never forwarded.
  const held = new Set<net.Socket>();
  let server: net.Server | null = null;
  let stalled = false;

  const flow = ({ client, upstream }: Link) => {
    client.pipe(upstream);
    upstream.pipe(client);
  };
  // Unpiped and paused, a socket stops reading: what the other side sends stays in the kernel's
  // buffers until the link flows again.
  const hold = ({ client, upstream }: Link) => {
    client.unpipe(upstream);
    upstream.unpipe(client);
    client.pause();
    upstream.pause();
  };

  const accept = (client: net.Socket) => {
    if (stalled) {
      held.add(client);
      client.pause();
      const drop = () => {
        held.delete(client);
        client.destroy();
      };
      client.on("error", drop).on("close", drop);
      return;
    }
    const link = { client, upstream: net.connect(target.port, target.host) };
    links.add(link);
    // Whichever side ends, the other ends too, as a real connection would.
    const end = () => {
      links.delete(link);
      link.client.destroy();
      link.upstream.destroy();
    };
    link.client.on("error", end).on("close", end);
    link.upstream.on("error", end).on("close", end);
    flow(link);
  };

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const listening = net.createServer(accept);
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
      stalled = false;
      if (!listening) return resolve();
      listening.close(() => resolve());
      for (const { client, upstream } of links) {
        client.destroy();
        upstream.destroy();
      }
      links.clear();
      for (const client of held) client.destroy();
      held.clear();
    });

  await listen();
  return {
    port,
    openConnections: () => links.size,
    cut: stopListening,
    restore: async () => {
      if (!server) await listen();
    },
    stall: () => {
      if (stalled) return;
      stalled = true;
      links.forEach(hold);
    },
    unstall: () => {
      if (!stalled) return;
      stalled = false;
      links.forEach(flow);
    },
    close: stopListening,
  };
}
