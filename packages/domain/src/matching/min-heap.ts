/**
 * Binary min-heap of node ids keyed by a float, with decrease-key. Positions are kept per node so
 * Dijkstra never pushes duplicates; everything lives in typed arrays allocated once per solve,
 * because a solve runs tens of thousands of searches and must not allocate inside them.
 * Equal keys pop in a fixed order for a fixed input, which keeps the solver deterministic.
 */
export class IndexedMinHeap {
  private readonly nodes: Int32Array;
  private readonly keys: Float64Array;
  /** Position of a node in `nodes`, or -1 when absent. */
  private readonly pos: Int32Array;
  size = 0;

  constructor(capacity: number) {
    this.nodes = new Int32Array(capacity);
    this.keys = new Float64Array(capacity);
    this.pos = new Int32Array(capacity).fill(-1);
  }

  /** Inserts `node`, or lowers its key if it is already in the heap with a larger one. */
  push(node: number, key: number): void {
    let i = this.pos[node] as number;
    if (i < 0) {
      i = this.size++;
    } else if (key >= (this.keys[i] as number)) {
      return;
    }
    this.siftUp(i, node, key);
  }

  minKey(): number {
    return this.keys[0] as number;
  }

  /** Removes and returns the node with the smallest key; read `minKey()` first if needed. */
  pop(): number {
    const nodes = this.nodes;
    const top = nodes[0] as number;
    this.pos[top] = -1;
    const last = --this.size;
    if (last > 0) this.siftDown(nodes[last] as number, this.keys[last] as number);
    return top;
  }

  /** Empties the heap in O(size), not O(capacity). */
  clear(): void {
    for (let i = 0; i < this.size; i++) this.pos[this.nodes[i] as number] = -1;
    this.size = 0;
  }

  private siftUp(start: number, node: number, key: number): void {
    const { nodes, keys, pos } = this;
    let i = start;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pk = keys[parent] as number;
      if (pk <= key) break;
      const pn = nodes[parent] as number;
      nodes[i] = pn;
      keys[i] = pk;
      pos[pn] = i;
      i = parent;
    }
    nodes[i] = node;
    keys[i] = key;
    pos[node] = i;
  }

  private siftDown(node: number, key: number): void {
    const { nodes, keys, pos } = this;
    const n = this.size;
    let i = 0;
    for (;;) {
      let child = 2 * i + 1;
      if (child >= n) break;
      let ck = keys[child] as number;
      const right = child + 1;
      if (right < n && (keys[right] as number) < ck) {
        child = right;
        ck = keys[right] as number;
      }
      if (ck >= key) break;
      const cn = nodes[child] as number;
      nodes[i] = cn;
      keys[i] = ck;
      pos[cn] = i;
      i = child;
    }
    nodes[i] = node;
    keys[i] = key;
    pos[node] = i;
  }
}
