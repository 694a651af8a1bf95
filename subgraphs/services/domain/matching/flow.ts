/**
 * Min-cost flow by successive shortest paths (Dijkstra with potentials), for
 * maximising weighted coverage: every edge carries a cost per unit (the
 * negative of its value), and augmentation stops as soon as the cheapest
 * path no longer pays. Costs are numbers; capacities are whole units.
 *
 * The networks here are source → needs → offers → sink, a DAG, so initial
 * potentials come from one pass in topological order (no Bellman-Ford).
 */
export class FlowNetwork {
  private to: number[] = [];
  private cap: number[] = [];
  private cost: number[] = [];
  private head: number[];
  private next: number[] = [];

  constructor(readonly size: number) {
    this.head = new Array(size).fill(-1);
  }

  /** Adds an edge (and its residual twin); returns the edge's index, for reading its flow afterwards. */
  addEdge(from: number, to: number, capacity: number, cost: number): number {
    const e = this.to.length;
    this.push(from, to, capacity, cost);
    this.push(to, from, 0, -cost);
    return e;
  }

  private push(from: number, to: number, capacity: number, cost: number) {
    this.to.push(to);
    this.cap.push(capacity);
    this.cost.push(cost);
    this.next.push(this.head[from]);
    this.head[from] = this.to.length - 1;
  }

  /** Flow on an edge added with addEdge. */
  flow(edge: number): number {
    return this.cap[edge ^ 1];
  }

  /** Augments along paths of zero reduced cost until none is left; returns the flow pushed. */
  private blockingFlow(source: number, sink: number, potential: number[]): number {
    const admissible = (e: number, u: number) =>
      this.cap[e] > 0 && Math.abs(this.cost[e] + potential[u] - potential[this.to[e]]) <= 1e-12;
    const current = this.head.slice(); // per node, the next edge still worth trying
    const onPath = new Uint8Array(this.size); // zero-cost cycles must not trap the search
    let total = 0;
    const dfs = (u: number, limit: number): number => {
      if (u === sink) return limit;
      onPath[u] = 1;
      for (; current[u] !== -1; current[u] = this.next[current[u]]) {
        const e = current[u];
        const v = this.to[e];
        if (onPath[v] || !admissible(e, u)) continue;
        const got = dfs(v, Math.min(limit, this.cap[e]));
        if (got > 0) {
          this.cap[e] -= got;
          this.cap[e ^ 1] += got;
          onPath[u] = 0;
          return got;
        }
      }
      onPath[u] = 0;
      return 0;
    };
    for (let got = dfs(source, Number.POSITIVE_INFINITY); got > 0; got = dfs(source, Number.POSITIVE_INFINITY)) total += got;
    return total;
  }

  /**
   * Pushes flow from `source` to `sink` along ever cheaper paths while their
   * cost is negative (each unit adds value). `order` lists the nodes in a
   * topological order of the original DAG, for the initial potentials.
   */
  maximiseValue(source: number, sink: number, order: number[]): { flow: number; cost: number } {
    const INF = Number.POSITIVE_INFINITY;
    const potential = new Array(this.size).fill(INF);
    potential[source] = 0;
    for (const u of order) {
      if (potential[u] === INF) continue;
      for (let e = this.head[u]; e !== -1; e = this.next[e]) {
        if (this.cap[e] > 0 && potential[u] + this.cost[e] < potential[this.to[e]]) potential[this.to[e]] = potential[u] + this.cost[e];
      }
    }
    for (let i = 0; i < this.size; i++) if (potential[i] === INF) potential[i] = 0;

    let totalFlow = 0;
    let totalCost = 0;
    const dist = new Array<number>(this.size);
    const via = new Array<number>(this.size);
    const heap = new MinHeap();
    for (;;) {
      dist.fill(INF);
      via.fill(-1);
      dist[source] = 0;
      heap.clear();
      heap.push(0, source);
      while (heap.size) {
        const [d, u] = heap.pop();
        if (d > dist[u] + 1e-12) continue;
        // The sink is settled: nothing farther can be on this augmenting path.
        if (u === sink) break;
        for (let e = this.head[u]; e !== -1; e = this.next[e]) {
          if (this.cap[e] <= 0) continue;
          const v = this.to[e];
          // Reduced costs are >= 0 up to rounding; clamp so Dijkstra stays sound.
          const nd = d + Math.max(0, this.cost[e] + potential[u] - potential[v]);
          if (nd < dist[v] - 1e-12) {
            dist[v] = nd;
            via[v] = e;
            heap.push(nd, v);
          }
        }
      }
      if (dist[sink] === INF) break;
      // Nodes not settled before the sink move by the sink's distance: reduced costs stay >= 0.
      const reach = dist[sink];
      for (let i = 0; i < this.size; i++) potential[i] += Math.min(dist[i], reach);
      const pathCost = potential[sink] - potential[source];
      if (pathCost >= -1e-12) break; // no path adds value any more
      // Every shortest path now runs over edges of zero reduced cost: push flow along all of
      // them (a blocking flow) before the next Dijkstra, instead of one path per Dijkstra.
      const pushed = this.blockingFlow(source, sink, potential);
      totalFlow += pushed;
      totalCost += pushed * pathCost;
    }
    return { flow: totalFlow, cost: totalCost };
  }
}

/** A binary heap of (priority, node) pairs. */
class MinHeap {
  private keys: number[] = [];
  private values: number[] = [];
  get size() {
    return this.keys.length;
  }
  clear() {
    this.keys.length = 0;
    this.values.length = 0;
  }
  push(key: number, value: number) {
    const k = this.keys;
    const v = this.values;
    let i = k.length;
    k.push(key);
    v.push(value);
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (k[p] <= key) break;
      k[i] = k[p];
      v[i] = v[p];
      i = p;
    }
    k[i] = key;
    v[i] = value;
  }
  pop(): [number, number] {
    const k = this.keys;
    const v = this.values;
    const top: [number, number] = [k[0], v[0]];
    const lastKey = k.pop()!;
    const lastValue = v.pop()!;
    if (k.length) {
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= k.length) break;
        if (c + 1 < k.length && k[c + 1] < k[c]) c++;
        if (k[c] >= lastKey) break;
        k[i] = k[c];
        v[i] = v[c];
        i = c;
      }
      k[i] = lastKey;
      v[i] = lastValue;
    }
    return top;
  }
}
