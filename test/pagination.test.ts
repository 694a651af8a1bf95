import { Schema, Types } from 'mongoose';
import { connectDatabase, type Database } from '../platform/data/mongo';
import { childPageLoader } from '../platform/data/pagination';

/** The batched child-page loader, against the real database. */
describe('pages of children for many parents', () => {
  let db: Database;
  const Child = () =>
    db.connection.models.Child ??
    db.connection.model('Child', new Schema({ parentId: Schema.Types.ObjectId, n: Number }).index({ parentId: 1, _id: 1 }));

  beforeAll(async () => {
    db = await connectDatabase(process.env.TEST_MONGODB_URI!, `t_pages_${process.pid}`);
  });
  afterAll(async () => {
    await db.connection.dropDatabase();
    await db.close();
  });

  it('gives every parent a full page even when one parent has far more children than the batch reads', async () => {
    // Parent ids in sort order: `big` first, so the batch limit is exhausted by it.
    const big = new Types.ObjectId('000000000000000000000001');
    const small = new Types.ObjectId('000000000000000000000002');
    const empty = new Types.ObjectId('000000000000000000000003');
    await Child().insertMany([
      ...Array.from({ length: 50 }, (_, n) => ({ parentId: big, n })),
      ...Array.from({ length: 3 }, (_, n) => ({ parentId: small, n })),
    ]);
    // Index building runs in the background when a model is first used: finish it before counting.
    await Child().init();
    const loader = childPageLoader(Child(), 'parentId');
    db.commands.reset();

    const [a, b, c] = await Promise.all(
      [big, small, empty].map((p) => loader.load({ parent: String(p), first: 2 })),
    );

    expect(a.nodes.map((d) => d.n)).toEqual([0, 1]);
    expect(a.pageInfo.hasNextPage).toBe(true);
    expect(b.nodes.map((d) => d.n)).toEqual([0, 1]);
    expect(b.pageInfo.hasNextPage).toBe(true);
    expect(c.nodes).toEqual([]);
    expect(c.pageInfo).toMatchObject({ hasNextPage: false, endCursor: null });
    // One batched read, then one each for the two parents the batch limit cut short.
    expect(db.commands.byName()).toEqual({ find: 3 });
  });
});
