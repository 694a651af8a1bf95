import { TerritoryBuilder } from '../seed/builder';
import { personName } from '../seed/demo';
import { Random } from '../seed/random';
import type { ItemDoc } from '../subgraphs/services/models';
import type { ResidentUnitDoc } from '../subgraphs/resident-units/models';

/** A street of 12 communities, 150 grids, 1,000 units, 10,000 members, 5,000 needs and 3,000 offers. */
export function territory() {
  const rnd = new Random(8);
  const t = new TerritoryBuilder();
  const street = t.street('泉城路街道党工委');
  const communities = Array.from({ length: 12 }, (_, i) => t.community(street, `第${i + 1}社区党委`).withGrids(i < 6 ? 13 : 12));
  const units: ResidentUnitDoc[] = [];
  communities.forEach((c, ci) => {
    for (let u = 0; u < (ci < 4 ? 84 : 83); u++) units.push(t.unit(c.org, { name: `第${ci + 1}社区共建单位${u + 1}`, kind: 'PRIVATE_ENTERPRISE', capabilities: ['VOLUNTEERS'] }));
  });
  const grids = communities.flatMap((c) => c.grids);
  for (let m = 0; m < 10_000; m++) {
    const home = m < 600 ? communities[m % 12].org : grids[m % grids.length];
    t.member(home, { name: personName(rnd), category: m % 3 ? 'DIRECT' : 'EMPLOYED', employerId: m % 3 ? null : units[m % units.length]._id });
  }
  communities.forEach((c, ci) => {
    const own = t.members.filter((m) => m.organizationId.equals(c.org._id)).slice(0, 5);
    own.forEach((m, i) => t.seat(c.org, m, { role: i === 0 ? 'SECRETARY' : 'MEMBER', ...(i > 1 ? { unitId: units[ci * 80 + i]._id } : {}) }));
  });
  const needs: ItemDoc[] = [];
  for (let n = 0; n < 5_000; n++) {
    const c = communities[n % 12];
    const need = t.need(n % 2 ? c.org : c.grids[n % c.grids.length], { title: `需求${n}`, category: 'VOLUNTEERS', quantity: 1_000, unitOfMeasure: 'PEOPLE', visibility: 'STREET' });
    needs.push(need);
    if (n % 4 === 0) t.claim(need, { type: 'RESIDENT_UNIT', id: units[n % units.length]._id }, 2, n % 8 ? 'PENDING' : 'ACCEPTED');
  }
  for (let o = 0; o < 3_000; o++) t.offer(units[o % units.length], { title: `资源${o}`, category: 'VOLUNTEERS', capacity: 20, unitOfMeasure: 'PEOPLE' });
  return { t, street, communities, units, needs };
}

