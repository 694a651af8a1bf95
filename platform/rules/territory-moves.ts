import type { Collection, Connection, Types } from 'mongoose';
import type { Principal } from '../auth/tokens';

/**
 * A bearer token carries the territory path it was issued with (auth/tokens.ts), for its whole life, and
 * only the outside sign-in can issue another. When an organisation moves in the tree, a token whose
 * path runs through it would go on acting on the old path: a grid worker of a moved grid outside the
 * community it is now under, a member of a moved community with rights in its old street.
 *
 * So every subgraph process keeps the moves it was told of — each the moved
 * organisation and its path right after the move, in the order they were made — and reads a token's
 * paths through them. A path comes from the tree only (the organizations subgraph moving it, or the
 * path another subgraph asked the tree for before bringing its copies in line), never from a token.
 * Moves are rare acts of a committee: the record is read at start (and again on a timer, for the
 * moves told to another replica) and kept in memory, so reading a token through it costs no round
 * trip. (The gateway reads no path above a token's last id, which a move does not change.)
 */

/** One move: the organisation, its path right after it (root first, the organisation last), and when (ms). */
export interface TerritoryMove {
  organizationId: string;
  path: readonly string[];
  at?: number;
}

/**
 * `path` with everything up to `organizationId` replaced by `prefix` (its path now, itself last),
 * keeping what follows it; unchanged when the path does not run through it.
 */
export function rebasedOn(path: readonly string[], organizationId: string, prefix: readonly string[]): string[] {
  const at = path.indexOf(organizationId);
  return at < 0 ? [...path] : [...prefix, ...path.slice(at + 1)];
}

/**
 * A path as the tree has it after `moves`, applied in the order they were made: each rebases what the
 * ones before it left, so that a grid moved and then its new community moved ends under both. Only the
 * moves made since the token was issued (`issuedAt`, seconds): a token issued after a move already
 * carries its path, and an older move must not pull it back — as a replica would that has not yet read
 * a later move of the same organisation. (A move in the very second of issue is applied: rebasing a
 * path that already runs through the move's new path leaves it as it is.)
 */
export function rebasedTerritory(path: readonly string[], moves: readonly TerritoryMove[], issuedAt?: number): string[] {
  const since = issuedAt === undefined ? -Infinity : issuedAt * 1000;
  return moves.reduce<string[]>((current, move) => ((move.at ?? Infinity) >= since ? rebasedOn(current, move.organizationId, move.path) : current), [...path]);
}

/**
 * Whether recording `move` would change nothing: the last record of its organisation already says
 * this path, and no later one moved anything on it (a move repeated to complete it, or the same move
 * told again). Keeps the record from growing with repeats.
 */
export function alreadyRecorded(moves: readonly TerritoryMove[], move: TerritoryMove): boolean {
  let last = moves.length - 1;
  while (last >= 0 && moves[last].organizationId !== move.organizationId) last--;
  return (
    last >= 0 &&
    moves[last].path.join() === move.path.join() &&
    moves.slice(last + 1).every((later) => !move.path.includes(later.organizationId))
  );
}

const samePath = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** A principal read through the moves; the same object when none concerns it (nothing allocated per request). */
export function rebasedPrincipal(principal: Principal, moves: readonly TerritoryMove[]): Principal {
  const territory = rebasedTerritory(principal.territory, moves, principal.issuedAt);
  const reportedTo = principal.reportedTo && rebasedTerritory(principal.reportedTo, moves, principal.issuedAt);
  if (samePath(territory, principal.territory) && (!reportedTo || samePath(reportedTo, principal.reportedTo!))) return principal;
  return { ...principal, territory, ...(reportedTo ? { reportedTo } : {}) };
}

interface TerritoryMoveDoc {
  _id?: Types.ObjectId;
  organizationId: string;
  path: string[];
  at: Date;
}

/** Where each subgraph keeps the moves, in its own database. */
const COLLECTION = 'territoryMoves';

/**
 * The moves one process knows of one subgraph's database, persisted there (appended in order; read in
 * `_id` order: the order one process wrote them in, and across replicas to the second, which moves
 * made by hand are far apart). One per connection, as its models are: the server that reads tokens
 * through it and the resolvers that record moves share it.
 */
export class TerritoryMoves {
  private moves: TerritoryMove[] = [];
  /** Every organisation that ever moved: a token path naming none of them is left as it is, unread. */
  private moved = new Set<string>();

  /** Moves this process recorded: a read of the record that one overtook is not applied. */
  private written = 0;

  constructor(private readonly collection: Collection<TerritoryMoveDoc>) {}

  /** Reads the record: at start-up, before serving; again on a replica, to learn what another was told. */
  async refresh(): Promise<void> {
    const written = this.written;
    const docs = await this.collection.find({}, { projection: { organizationId: 1, path: 1, at: 1 } }).sort({ _id: 1 }).toArray();
    // A move recorded here meanwhile may be missing from what was read: the next read has it.
    if (written !== this.written) return;
    this.moves = docs.map((d) => ({ organizationId: d.organizationId, path: d.path, at: d.at.getTime() }));
    this.moved = new Set(this.moves.map((m) => m.organizationId));
  }

  /** Records that `organizationId` now has `path` (from the tree, itself last), unless that is known already. */
  async record(organizationId: string, path: readonly string[]): Promise<void> {
    const at = new Date();
    const move = { organizationId, path: [...path], at: at.getTime() };
    if (alreadyRecorded(this.moves, move)) return;
    this.written++;
    await this.collection.insertOne({ organizationId, path: move.path, at });
    this.moves.push(move);
    this.moved.add(organizationId);
  }

  /** The principal with its territory and the community it reported to read through the moves. */
  rebase(principal: Principal | null): Principal | null {
    if (!principal || !this.moved.size) return principal;
    const touched = (path: readonly string[] | undefined) => !!path && path.some((id) => this.moved.has(id));
    return touched(principal.territory) || touched(principal.reportedTo) ? rebasedPrincipal(principal, this.moves) : principal;
  }
}

const known = new WeakMap<Connection, TerritoryMoves>();

/** The moves kept in the database of `connection` (empty until `refresh()` has read them). */
export function territoryMoves(connection: Connection): TerritoryMoves {
  let moves = known.get(connection);
  if (!moves) known.set(connection, (moves = new TerritoryMoves(connection.collection<TerritoryMoveDoc>(COLLECTION))));
  return moves;
}
