import KDBush from 'kdbush';

/**
 * A static index of bounding boxes answering "which boxes meet this query box": a k-d tree (kdbush)
 * over the boxes' centres, searched with the query box grown by the largest half-width and half-height
 * of any box, then each candidate's own box is tested. Exact; a query costs O(log n + candidates), and
 * candidates stay few as long as no box is far larger than the query area (fences are supervised sites
 * of hundreds of metres to a few kilometres; see docs/decisions/006-fence-box-index.md).
 */
export class BoxIndex {
  private readonly tree: KDBush;
  private readonly halfWidth: number;
  private readonly halfHeight: number;

  /** @param boxes `[minX, minY, maxX, maxY]` per box, flat; a box's position is its id. */
  constructor(private readonly boxes: Float64Array) {
    const count = boxes.length / 4;
    this.tree = new KDBush(Math.max(count, 1));
    let halfWidth = 0;
    let halfHeight = 0;
    for (let i = 0; i < count; i++) {
      const [minX = 0, minY = 0, maxX = 0, maxY = 0] = boxes.subarray(i * 4, i * 4 + 4);
      this.tree.add((minX + maxX) / 2, (minY + maxY) / 2);
      halfWidth = Math.max(halfWidth, (maxX - minX) / 2);
      halfHeight = Math.max(halfHeight, (maxY - minY) / 2);
    }
    // kdbush needs at least one point; an empty set's dummy is never returned (no box to meet).
    if (count === 0) this.tree.add(Infinity, Infinity);
    this.tree.finish();
    this.halfWidth = halfWidth;
    this.halfHeight = halfHeight;
  }

  /** Ids of the boxes that meet `[minX, minY, maxX, maxY]` (touching counts). */
  search(minX: number, minY: number, maxX: number, maxY: number): number[] {
    const b = this.boxes;
    return this.tree
      .range(minX - this.halfWidth, minY - this.halfHeight, maxX + this.halfWidth, maxY + this.halfHeight)
      .filter(
        (id) =>
          (b[id * 4] ?? 0) <= maxX &&
          (b[id * 4 + 1] ?? 0) <= maxY &&
          (b[id * 4 + 2] ?? 0) >= minX &&
          (b[id * 4 + 3] ?? 0) >= minY,
      );
  }
}
