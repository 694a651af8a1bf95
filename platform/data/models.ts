import type { Connection, Model, Schema } from 'mongoose';

/** The connection's model of that name, compiled once: several subgraph instances may share a connection. */
export const modelOn =
  (connection: Connection) =>
  <T>(name: string, schema: Schema<T>): Model<T> =>
    (connection.models[name] as Model<T> | undefined) ?? connection.model<T>(name, schema);
