import { Types } from 'mongoose';
import { TerritoryBuilder } from '../../seed/builder';
import type { Principal } from '../../platform/auth/tokens';
import { storePhoto, sweepPhotos } from '../../subgraphs/services/app/photos';
import { RESIDENT_REQUESTS_PER_DAY } from '../../subgraphs/services/domain/requests/access';
import { signed, tokensFor } from '../support/principals';
import { dataOf, startTestStack, type TestStack } from '../support/stack';

/**
 * Residents (群众) raising their own requests (issue #19), through the gateway with real tokens and a
 * real photo upload: a resident raises in their own grid only, with a place and photos the project
 * stores (type checked by the bytes, size limited), sees only their own requests and photos, and rates
 * the result.
 */
describe('residents raising their own requests', () => {
  let stack: TestStack;
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const furong = t.community(street, '芙蓉街社区党委').withGrids(2);
  const clinic = t.unit(furong.org, { name: '芙蓉街社区卫生服务中心', kind: 'HOSPITAL' });
  const need = t.need(furong.org, { title: '助餐志愿者', category: 'ELDER_CARE', quantity: 5, unitOfMeasure: 'PEOPLE' });
  const neighbour = t.member(furong.grids[0], { name: '孙丽' });
  t.seat(furong.org, neighbour);
  t.activity(furong.org, { title: '敬老志愿服务', startsAt: new Date(Date.now() + 86_400_000), endsAt: new Date(Date.now() + 90_000_000), capacity: 10 });
  const agreement = t.agreement(clinic, furong.org, { startsOn: new Date(Date.now() - 86_400_000), expiresOn: new Date(Date.now() + 86_400_000), status: 'ACTIVE' });
  let tokens: Record<'community' | 'grid' | 'liu' | 'zhao' | 'chen' | 'sun' | 'otherGrid' | 'clinic', string>;
  let uploads: string;

  // A real 1×1 PNG, and the first bytes of a JPEG (SOI and an APP0 marker) with a little data.
  const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
  const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]), Buffer.alloc(2000, 7), Buffer.from([0xff, 0xd9])]);

  type Uploaded = { id: string; url: string; contentType: string; size: number };
  const upload = async (bytes: Buffer, token?: string, contentType = 'image/png') => {
    const response = await fetch(uploads, {
      method: 'POST',
      headers: { 'content-type': contentType, ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: new Uint8Array(bytes),
    });
    return { status: response.status, body: (await response.json()) as Uploaded & { errors?: { extensions: { code: string } }[] } };
  };
  const download = async (url: string, token: string) => {
    const response = await fetch(new URL(url, uploads), { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, type: response.headers.get('content-type'), bytes: Buffer.from(await response.arrayBuffer()) };
  };

  const REQUEST = `id status channel address location { latitude longitude } photos { id url contentType size } resident { name phone } rating { score }`;
  type Req = {
    id: string;
    status: string;
    channel: string;
    address: string | null;
    location: { latitude: number; longitude: number } | null;
    photos: Uploaded[];
    resident: { name: string; phone: string } | null;
    rating: { score: number } | null;
  };
  type Payload = { request: Req | null; errors: { code: string; field: string | null }[] };
  const raise = async (token: string, input: Record<string, unknown>) => {
    const response = await stack.query<{ raiseRequest: Payload }, object>(
      `mutation($input: RaiseRequestInput!) { raiseRequest(input: $input) { request { ${REQUEST} } errors { code field } } }`,
      { input: { gridId: String(furong.grids[0]._id), category: 'ENVIRONMENT', channel: 'APP', description: '小区垃圾桶三天没人清运,气味很大', ...input } },
      token,
    );
    return response;
  };
  const read = async (id: string, token: string) =>
    dataOf(await stack.query<{ request: Req | null }, object>(`query($id: ID!) { request(id: $id) { ${REQUEST} } }`, { id }, token)).request;

  beforeAll(async () => {
    stack = await startTestStack({ territory: t });
    uploads = stack.gatewayUrl.replace(/\/graphql$/, '/uploads');
    const sign = tokensFor(stack.auth);
    tokens = await signed({
      community: sign.forOrganization('COMMUNITY_ADMIN', furong.org),
      grid: sign.forOrganization('GRID_WORKER', furong.grids[0]),
      liu: sign.resident(furong.grids[0], 'liu'),
      zhao: sign.resident(furong.grids[0], 'zhao'),
      chen: sign.resident(furong.grids[0], 'chen'),
      sun: sign.resident(furong.grids[0], 'sun'),
      otherGrid: sign.resident(furong.grids[1], 'wang'),
      clinic: sign.unitAdmin(clinic),
    });
  });
  afterAll(() => stack?.stop());

  it('takes a resident from a photo upload to a rated request, and keeps it theirs', async () => {
    // The photo goes up first, through the gateway; its type is what its bytes say.
    const png = await upload(PNG, tokens.liu, 'application/octet-stream');
    expect(png.status).toBe(201);
    expect(png.body).toMatchObject({ contentType: 'image/png', size: PNG.length, url: `/uploads/${png.body.id}` });
    const jpeg = await upload(JPEG, tokens.liu);
    expect(jpeg.body).toMatchObject({ contentType: 'image/jpeg', size: JPEG.length });
    // Before it is on a request, only its uploader reads it.
    expect((await download(png.body.url, tokens.liu)).bytes.equals(PNG)).toBe(true);
    expect((await download(png.body.url, tokens.zhao)).status).toBe(404);

    // Raised in their own grid, through the app, with a place and the photos.
    const raised = dataOf(
      await raise(tokens.liu, {
        address: '芙蓉街12号院东门',
        location: { latitude: 36.6651, longitude: 117.0231 },
        photoIds: [png.body.id, jpeg.body.id],
        resident: { name: '刘芳', phone: '13600000011' },
      }),
    ).raiseRequest;
    expect(raised.errors).toEqual([]);
    const id = raised.request!.id;
    expect(raised.request).toMatchObject({
      status: 'RECEIVED',
      channel: 'APP',
      address: '芙蓉街12号院东门',
      location: { latitude: 36.6651, longitude: 117.0231 },
      resident: { name: '刘芳', phone: '13600000011' },
    });
    expect(raised.request!.photos).toEqual([png.body, jpeg.body]);

    // A photo is on one request only.
    const reused = dataOf(await raise(tokens.liu, { photoIds: [png.body.id] })).raiseRequest;
    expect(reused.errors).toEqual([{ code: 'INVALID_PHOTO', field: 'input.photoIds' }]);
    // Another resident of the same grid sees neither the request nor its photos.
    expect(await read(id, tokens.zhao)).toBeNull();
    expect((await download(png.body.url, tokens.zhao)).status).toBe(404);
    expect((await download(png.body.url, tokens.clinic)).status).toBe(404);
    // The committee sees both, byte for byte.
    expect((await read(id, tokens.community))!.photos).toHaveLength(2);
    const seen = await download(jpeg.body.url, tokens.community);
    expect(seen).toMatchObject({ status: 200, type: 'image/jpeg' });
    expect(seen.bytes.equals(JPEG)).toBe(true);

    // The resident lists their own requests of the grid, not their neighbour's.
    const neighbours = dataOf(await raise(tokens.zhao, { category: 'REPAIRS', description: '单元门禁坏了,进不了门' })).raiseRequest;
    expect(neighbours.errors).toEqual([]);
    const list = async (token: string) =>
      dataOf(
        await stack.query<{ organization: { requests: { nodes: { id: string }[] } } }, object>(
          `query($g: ID!) { organization(id: $g) { requests(first: 10) { nodes { id } } } }`,
          { g: String(furong.grids[0]._id) },
          token,
        ),
      ).organization.requests.nodes.map((n) => n.id);
    expect(await list(tokens.liu)).toEqual([id]);
    expect(await list(tokens.zhao)).toEqual([neighbours.request!.id]);
    expect(await list(tokens.grid)).toEqual([id, neighbours.request!.id]);

    // Handled and resolved by the community; rated by the resident, not by a neighbour.
    for (const step of ['acceptRequest(id: $id)', 'resolveRequest(id: $id, resolution: "已联系环卫当日清运")']) {
      const done = await stack.query<Record<string, Payload>, object>(`mutation($id: ID!) { ${step} { errors { code } } }`, { id }, tokens.community);
      expect(Object.values(dataOf(done))[0].errors).toEqual([]);
    }
    const byNeighbour = await stack.query<{ rateRequest: Payload }, object>(`mutation($id: ID!) { rateRequest(id: $id, score: 1) { errors { code } } }`, { id }, tokens.zhao);
    expect(dataOf(byNeighbour).rateRequest.errors.map((e) => e.code)).toEqual(['NOT_VISIBLE']);
    const rated = await stack.query<{ rateRequest: Payload }, object>(
      `mutation($id: ID!) { rateRequest(id: $id, score: 5, comment: "清运很及时") { request { ${REQUEST} } errors { code } } }`,
      { id },
      tokens.liu,
    );
    expect(dataOf(rated).rateRequest.request).toMatchObject({ status: 'CLOSED', rating: { score: 5 } });
  });

  it('refuses uploads of the wrong type, too large, or without a fitting token', async () => {
    const text = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"></svg>'), tokens.liu, 'image/png');
    expect(text).toMatchObject({ status: 415, body: { errors: [{ extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }] } });
    // A JPEG's first bytes do not make 5 MB and one byte acceptable.
    const huge = Buffer.concat([JPEG.subarray(0, 4), Buffer.alloc(5 * 1024 * 1024 - 3)]);
    expect(await upload(huge, tokens.liu, 'image/jpeg')).toMatchObject({ status: 413, body: { errors: [{ extensions: { code: 'REQUEST_TOO_LARGE' } }] } });
    expect(await upload(PNG)).toMatchObject({ status: 401, body: { errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] } });
    expect(await upload(PNG, 'not-a-token')).toMatchObject({ status: 401 });
    // A unit's admin raises no requests, so uploads no photos.
    expect(await upload(PNG, tokens.clinic)).toMatchObject({ status: 403, body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] } });
    // At most 20 photos of one account wait for a request (PHOTO_MAX_PENDING); raising one makes room.
    const pending: string[] = [];
    for (let i = 0; i < 20; i++) {
      const done = await upload(PNG, tokens.chen);
      expect(done.status).toBe(201);
      pending.push(done.body.id);
    }
    expect(await upload(PNG, tokens.chen)).toMatchObject({ status: 429, body: { errors: [{ extensions: { code: 'TOO_MANY_PHOTOS' } }] } });
    expect(await upload(PNG, tokens.zhao)).toMatchObject({ status: 201 });
    const tooMany = dataOf(await raise(tokens.chen, { photoIds: pending.slice(0, 10) })).raiseRequest;
    expect(tooMany.errors).toEqual([{ code: 'INVALID_PHOTO', field: 'input.photoIds' }]);
    expect(dataOf(await raise(tokens.chen, { photoIds: pending.slice(0, 9) })).raiseRequest.errors).toEqual([]);
    expect(await upload(PNG, tokens.chen)).toMatchObject({ status: 201 });
  });

  it('keeps a resident to their own grid, the app, and their own photos', async () => {
    const elsewhere = await raise(tokens.otherGrid, {});
    expect(elsewhere.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const byHotline = dataOf(await raise(tokens.liu, { channel: 'HOTLINE' })).raiseRequest;
    expect(byHotline.errors.map((e) => e.code)).toEqual(['INVALID_CHANNEL']);
    const neighbours = await upload(PNG, tokens.zhao);
    const notMine = dataOf(await raise(tokens.liu, { photoIds: [neighbours.body.id] })).raiseRequest;
    expect(notMine.errors.map((e) => e.code)).toEqual(['INVALID_PHOTO']);
    const offMap = dataOf(await raise(tokens.liu, { location: { latitude: 136, longitude: 117 } })).raiseRequest;
    expect(offMap.errors).toEqual([{ code: 'INVALID_LOCATION', field: 'input.location' }]);
    // A refused request attaches nothing: the neighbour's photo is still theirs to use.
    expect(dataOf(await raise(tokens.zhao, { photoIds: [neighbours.body.id] })).raiseRequest.errors).toEqual([]);
    // A resident reads nothing of the co-building lists, which the community's worker does.
    const needs = async (token: string) =>
      dataOf(
        await stack.query<{ organization: { needs: { nodes: { id: string }[] } } }, object>(
          `query($o: ID!) { organization(id: $o) { needs(first: 5) { nodes { id } } } }`,
          { o: String(furong.org._id) },
          token,
        ),
      ).organization.needs.nodes;
    expect(await needs(tokens.grid)).toEqual([{ id: String(need._id) }]);
    expect(await needs(tokens.liu)).toEqual([]);
  });

  it("opens nothing of the territory past its public face to a resident's token", async () => {
    // A resident holds a token for their own requests: the Party members of their grid, the committee's
    // seats, the gradings and what units promised stay for co-building's organisations and members.
    const ask = (query: string, token: string) => stack.query<Record<string, unknown>, object>(query, { o: String(furong.org._id), m: String(neighbour._id), a: String(agreement._id) }, token);
    const PAST_THE_PUBLIC_FACE = [
      `query($o: ID!) { organization(id: $o) { members(first: 5) { nodes { name } } } }`,
      `query($o: ID!) { organization(id: $o) { bigPartyCommittee { role } } }`,
      `query($o: ID!) { organization(id: $o) { grading { level } } }`,
      `query($m: ID!) { member(id: $m) { name } }`,
      `query($a: ID!) { agreement(id: $a) { commitments { kind amount } } }`,
    ];
    for (const query of PAST_THE_PUBLIC_FACE) {
      const asResident = await ask(query, tokens.liu);
      expect({ query, code: asResident.errors?.[0]?.extensions?.code }).toEqual({ query, code: 'FORBIDDEN' });
      // The grid worker of the same grid reads each of them.
      expect({ query, errors: (await ask(query, tokens.grid)).errors }).toEqual({ query, errors: undefined });
    }
    // The lists of co-building read empty to a resident, as the needs do above.
    const activities = `query($o: ID!) { organization(id: $o) { activities(first: 5) { nodes { title } } } }`;
    expect(dataOf(await ask(activities, tokens.liu))).toEqual({ organization: { activities: { nodes: [] } } });
    expect(dataOf(await ask(activities, tokens.grid))).toEqual({ organization: { activities: { nodes: [{ title: '敬老志愿服务' }] } } });
    // The public face stays open: the organisation's name and its place in the tree.
    const face = await ask(`query($o: ID!) { organization(id: $o) { name ancestors { name } } }`, tokens.liu);
    expect(dataOf(face)).toMatchObject({ organization: { name: '芙蓉街社区党委', ancestors: expect.arrayContaining([{ name: '泉城路街道党工委' }]) } });
  });

  it("bounds a resident's day: requests raised, and photos uploaded — exactly as many as the day allows, however many at once", async () => {
    const raised = [];
    for (let i = 0; i <= RESIDENT_REQUESTS_PER_DAY; i++) raised.push(dataOf(await raise(tokens.sun, { description: `楼道灯不亮了,第${i + 1}处` })).raiseRequest);
    expect(raised.slice(0, -1).every((r) => r.errors.length === 0)).toBe(true);
    expect(raised.at(-1)!.errors).toEqual([{ code: 'DAILY_LIMIT', field: 'input' }]);

    // Eight uploads at once against a day of five: five stored, three refused, whatever the order.
    const resident: Principal = { subject: 'test:RESIDENT:quota', role: 'RESIDENT', scopeId: String(furong.grids[0]._id), territory: [] };
    const limits = { maxBytes: 1_000_000, maxPending: 100, maxPerDay: 5 };
    const outcomes = await Promise.all(Array.from({ length: 8 }, () => storePhoto(stack.models.services, resident, PNG, limits, new Date())));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(5);
    expect(outcomes.filter((o) => !o.ok).map((o) => !o.ok && o.code)).toEqual(['TOO_MANY_PHOTOS', 'TOO_MANY_PHOTOS', 'TOO_MANY_PHOTOS']);
  });

  it('sweeps photos never put on a request, and gives back those whose request was never written', async () => {
    const { Photo, PhotoChunk } = stack.models.services;
    const resident: Principal = { subject: 'test:RESIDENT:sweep', role: 'RESIDENT', scopeId: String(furong.grids[0]._id), territory: [] };
    const limits = { maxBytes: 1_000_000, maxPending: 100, maxPerDay: 100 };
    const now = new Date();
    const twoDaysAgo = new Date(now.getTime() - 48 * 3_600_000);
    const forgotten = await storePhoto(stack.models.services, resident, JPEG, limits, twoDaysAgo);
    const fresh = await storePhoto(stack.models.services, resident, PNG, limits, now);
    const stranded = await storePhoto(stack.models.services, resident, PNG, limits, now);
    if (!forgotten.ok || !fresh.ok || !stranded.ok) throw new Error('uploads refused');
    // A raise that died after attaching its photo: the photo points at a request never written.
    await Photo.updateOne({ _id: stranded.photo.id }, { $set: { requestId: new Types.ObjectId(), attachedAt: new Date(now.getTime() - 3_600_000) } });

    expect(await sweepPhotos(stack.models.services, now, 24)).toMatchObject({ removed: 1, released: 1 });
    expect(await Photo.exists({ _id: forgotten.photo.id })).toBeNull();
    expect(await PhotoChunk.countDocuments({ photoId: new Types.ObjectId(forgotten.photo.id) })).toBe(0);
    expect(await Photo.findById(fresh.photo.id).lean()).toMatchObject({ requestId: null });
    expect(await Photo.findById(stranded.photo.id).lean()).toMatchObject({ requestId: null, attachedAt: null });
    // Photos on requests that exist stay where they are.
    const liusPhotos = await Photo.countDocuments({ uploadedBy: 'test:RESIDENT:liu', requestId: { $ne: null } });
    await sweepPhotos(stack.models.services, new Date(now.getTime() + 10 * 24 * 3_600_000), 24);
    expect(await Photo.countDocuments({ uploadedBy: 'test:RESIDENT:liu', requestId: { $ne: null } })).toBe(liusPhotos);
  });
});
