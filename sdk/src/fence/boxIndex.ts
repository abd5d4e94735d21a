/**
 * A static index of bounding boxes answering "which boxes meet this query box": the boxes sorted by
 * centre x and cut into about √n slabs, each slab sorted by centre y (one level of an STR-packed
 * R-tree). A query visits the slabs whose boxes reach its x range and, in each, binary-searches the
 * centres within its y range grown by the largest half-height, then tests each candidate's own box.
 * Exact; a query costs O(√n + candidates), and candidates stay few as long as no box is far larger
 * than the query area (fences are supervised sites of hundreds of metres to a few kilometres; see
 * docs/decisions/003-fence-verdict.md).
 */
export class BoxIndex {
  /** Box ids, slab by slab, each slab by centre y. */
  private readonly ids: Uint32Array;
  /** Per slab: where its ids start in `ids` (one more entry marks the end), and the x its boxes span. */
  private readonly slabStarts: number[] = [0];
  private readonly slabX: number[] = [];
  /** The largest half-height of a box, and some: how far from a query a centre may lie in y. */
  private readonly halfHeight: number;
  /** Where {@link search} collects ids before copying them out; made on its first call. */
  private buffer: Uint32Array | undefined;

  /** @param boxes `[minX, minY, maxX, maxY]` per box, flat; a box's position is its id. */
  constructor(private readonly boxes: Float64Array) {
    const count = boxes.length >> 2;
    const centre = (id: number, axis: number): number =>
      ((boxes[4 * id + axis] as number) + (boxes[4 * id + axis + 2] as number)) / 2;
    const byX = Array.from({ length: count }, (_, id) => id).sort((a, b) => centre(a, 0) - centre(b, 0));
    const size = Math.ceil(Math.sqrt(count)) || 1;
    const ids: number[] = [];
    let halfHeight = 0;
    for (let start = 0; start < count; start += size) {
      const slab = byX.slice(start, start + size).sort((a, b) => centre(a, 1) - centre(b, 1));
      let west = Infinity;
      let east = -Infinity;
      for (const id of slab) {
        west = Math.min(west, boxes[4 * id] as number);
        east = Math.max(east, boxes[4 * id + 2] as number);
        halfHeight = Math.max(
          halfHeight,
          ((boxes[4 * id + 3] as number) - (boxes[4 * id + 1] as number)) / 2,
        );
      }
      ids.push(...slab);
      this.slabStarts.push(ids.length);
      this.slabX.push(west, east);
    }
    this.ids = Uint32Array.from(ids);
    // A little slack for the rounding of centres: the boxes themselves are then tested exactly.
    this.halfHeight = halfHeight * (1 + 1e-9) + 1e-9;
  }

  /** Number of boxes indexed. */
  get size(): number {
    return this.ids.length;
  }

  /** Ids of the boxes that meet `[minX, minY, maxX, maxY]` (touching counts). */
  search(minX: number, minY: number, maxX: number, maxY: number): number[] {
    const buffer = (this.buffer ??= new Uint32Array(this.size));
    return Array.from(buffer.subarray(0, this.searchInto(minX, minY, maxX, maxY, buffer)));
  }

  /**
   * {@link search} without allocating, for hot loops: writes the ids to the start of `found` (at least
   * {@link size} long) and returns how many there are.
   */
  searchInto(minX: number, minY: number, maxX: number, maxY: number, found: Uint32Array): number {
    const { boxes, ids, slabStarts, slabX } = this;
    let count = 0;
    const lowestCentre = minY - this.halfHeight;
    for (let s = 0; s + 1 < slabStarts.length; s += 1) {
      if ((slabX[2 * s] as number) > maxX || (slabX[2 * s + 1] as number) < minX) continue;
      // The first id of the slab whose centre y reaches lowestCentre.
      let lo = slabStarts[s] as number;
      let hi = slabStarts[s + 1] as number;
      const end = hi;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        const id = ids[mid] as number;
        if (((boxes[4 * id + 1] as number) + (boxes[4 * id + 3] as number)) / 2 < lowestCentre) lo = mid + 1;
        else hi = mid;
      }
      for (let k = lo; k < end; k += 1) {
        const id = ids[k] as number;
        if (((boxes[4 * id + 1] as number) + (boxes[4 * id + 3] as number)) / 2 > maxY + this.halfHeight)
          break;
        if (
          (boxes[4 * id] as number) <= maxX &&
          (boxes[4 * id + 1] as number) <= maxY &&
          (boxes[4 * id + 2] as number) >= minX &&
          (boxes[4 * id + 3] as number) >= minY
        ) {
          found[count] = id;
          count += 1;
        }
      }
    }
    return count;
  }
}
