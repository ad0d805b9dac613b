import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlMigrationAwareDriverAdapterFactory,
  SqlQuery,
  Transaction,
} from "@prisma/driver-adapter-utils";

/**
 * Keeps a SQLite transaction to itself.
 *
 * Why: the better-sqlite3 adapter runs every query of a PrismaClient on ONE connection. Its
 * transactions take a mutex among themselves, but plain queries do not: a query from another
 * request that arrives while a transaction is open runs inside that transaction, on the same
 * connection, and vanishes if the transaction rolls back, although that request was told its
 * write succeeded. This gate holds plain queries back while a transaction is open (begun and not
 * yet committed or rolled back), so each transaction sees only its own statements.
 *
 * A query passes the gate and runs in the same tick (better-sqlite3 is synchronous), so no
 * transaction can begin between the check and the query.
 */
export function gateTransactions(factory: SqlMigrationAwareDriverAdapterFactory): SqlMigrationAwareDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: async () => gatedAdapter(await factory.connect()),
    connectToShadowDb: () => factory.connectToShadowDb(),
  };
}

function gatedAdapter(inner: SqlDriverAdapter): SqlDriverAdapter {
  let open = 0;
  let reopened: Promise<void> = Promise.resolve();
  let release: () => void = () => {};

  const close = () => {
    open--;
    if (open === 0) release();
  };
  const passGate = async () => {
    while (open > 0) await reopened;
  };

  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async queryRaw(query: SqlQuery) {
      await passGate();
      return inner.queryRaw(query);
    },
    async executeRaw(query: SqlQuery) {
      await passGate();
      return inner.executeRaw(query);
    },
    async executeScript(script: string) {
      await passGate();
      return inner.executeScript(script);
    },
    async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
      // Closed before BEGIN runs (the adapter may wait for another transaction first), so that
      // no plain query slips in between BEGIN and this transaction's first statement.
      if (open++ === 0) reopened = new Promise((resolve) => (release = resolve));
      let transaction: Transaction;
      try {
        transaction = await inner.startTransaction(isolationLevel);
      } catch (error) {
        close();
        throw error;
      }
      let settled = false;
      const settle = () => {
        if (!settled) {
          settled = true;
          close();
        }
      };
      return {
        provider: transaction.provider,
        adapterName: transaction.adapterName,
        options: transaction.options,
        queryRaw: (query) => transaction.queryRaw(query),
        executeRaw: (query) => transaction.executeRaw(query),
        // Called by Prisma after it has run COMMIT or ROLLBACK on the connection.
        commit: () => transaction.commit().finally(settle),
        rollback: () => transaction.rollback().finally(settle),
        createSavepoint: transaction.createSavepoint?.bind(transaction),
        rollbackToSavepoint: transaction.rollbackToSavepoint?.bind(transaction),
        releaseSavepoint: transaction.releaseSavepoint?.bind(transaction),
      };
    },
    getConnectionInfo: inner.getConnectionInfo?.bind(inner),
    dispose: () => inner.dispose(),
  };
}
