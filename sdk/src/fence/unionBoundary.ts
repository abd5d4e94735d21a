import { BoxIndex } from './boxIndex';
import { locate, orient } from './geometry';

type Position = [number, number];
type Ring = Position[];

/** One polygon (outer ring, then holes) of a fence, and the group whose fences are judged as one. */
export interface GroupedPolygon {
  readonly group: number;
  readonly rings: readonly Ring[];
}

/** A polygon's rings with the positions where other polygons meet them added, and which edges bound the union. */
export interface UnionPolygon {
  readonly rings: Ring[];
  /** Per ring, per edge (position p to p + 1): whether it lies on the boundary of its group's union. */
  readonly onBoundary: boolean[][];
}

/**
 * Most edge pairs compared for two overlapping polygons: beyond it their edges are all kept, which only
 * widens the uncertain band where they meet (it never makes a verdict `inside` that is not).
 */
export const UNION_WORK_LIMIT = 4_000_000;
/** How far (degrees, ≈ 0.1 mm) beyond an edge the union test looks: shared edges must share positions. */
const STEP_OUT = 1e-9;

type Box = [number, number, number, number];

const boxOf = (rings: readonly Ring[]): Box =>
  (rings[0] ?? []).reduce<Box>(
    ([w, s, e, n], [x, y]) => [Math.min(w, x), Math.min(s, y), Math.max(e, x), Math.max(n, y)],
    [Infinity, Infinity, -Infinity, -Infinity],
  );

/** Where edges of `ring` must be cut: per edge, the parameters (0–1) of the cuts along it. */
type Cuts = Map<number, number[]>;

/** Records where the edges of `b` cut those of `a` (crossings, and positions of `b` inside an edge of `a`). */
function cutsBy(a: readonly Ring[], b: readonly Ring[], cuts: Cuts[]): void {
  a.forEach((ring, r) => {
    for (let e = 0; e + 1 < ring.length; e += 1) {
      const [ax, ay] = ring[e] as Position;
      const [bx, by] = ring[e + 1] as Position;
      for (const other of b) {
        for (let f = 0; f + 1 < other.length; f += 1) {
          const [cx, cy] = other[f] as Position;
          const [dx, dy] = other[f + 1] as Position;
          const c = orient(ax, ay, bx, by, cx, cy);
          const d = orient(ax, ay, bx, by, dx, dy);
          const g = orient(cx, cy, dx, dy, ax, ay);
          const h = orient(cx, cy, dx, dy, bx, by);
          let t = NaN;
          if (c * d < 0 && g * h < 0) t = g / (g - h);
          else if (c === 0) {
            // c lies on the line of a→b: a cut where it lies strictly inside the edge.
            const along = ((cx - ax) * (bx - ax) + (cy - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2);
            if (along > 0 && along < 1) t = along;
          }
          if (t === t) {
            const list = (cuts[r] as Cuts).get(e) ?? [];
            list.push(t);
            (cuts[r] as Cuts).set(e, list);
          }
        }
      }
    }
  });
}

/** `ring` with positions added at its cuts. */
function cutRing(ring: Ring, cuts: Cuts): Ring {
  if (cuts.size === 0) return ring;
  const out: Ring = [];
  for (let e = 0; e + 1 < ring.length; e += 1) {
    const [ax, ay] = ring[e] as Position;
    const [bx, by] = ring[e + 1] as Position;
    out.push([ax, ay]);
    const ts = [...new Set(cuts.get(e) ?? [])].sort((s, t) => s - t);
    for (const t of ts) out.push([ax + t * (bx - ax), ay + t * (by - ay)]);
  }
  out.push(ring[ring.length - 1] as Position);
  return out;
}

/**
 * The boundary of each group's union of polygons: where polygons of one group (the fences of one head
 * customs, whose connection is shared) share an edge or overlap, the edges inside the union are marked
 * off it, so that a fix inside the union is not judged near an edge that is not there. Positions are
 * added where polygons cross, so every edge lies wholly on the boundary or wholly inside. An edge is on
 * the boundary when the point just beyond its middle, away from its polygon, lies in no other polygon of
 * the group. Polygons that meet nothing keep their rings, every edge on the boundary.
 * @internal
 */
export function unionBoundary(polygons: readonly GroupedPolygon[]): UnionPolygon[] {
  const boxes = polygons.map(({ rings }) => boxOf(rings));
  const index = new BoxIndex(Float64Array.from(boxes.flat()));
  const edges = polygons.map(({ rings }) => rings.reduce((sum, ring) => sum + ring.length - 1, 0));
  // The polygons of its group whose boxes meet its box, unless comparing them would cost too much.
  const partners = polygons.map(({ group }, i) =>
    index
      .search(...(boxes[i] as Box))
      .filter(
        (j) =>
          j !== i &&
          (polygons[j] as GroupedPolygon).group === group &&
          (edges[i] as number) * (edges[j] as number) <= UNION_WORK_LIMIT,
      ),
  );
  const cut = polygons.map(({ rings }, i) => {
    const cuts = rings.map((): Cuts => new Map());
    for (const j of partners[i] as number[]) cutsBy(rings, (polygons[j] as GroupedPolygon).rings, cuts);
    return rings.map((ring, r) => cutRing(ring, cuts[r] as Cuts));
  });
  return cut.map((rings, i) => ({
    rings,
    onBoundary: rings.map((ring, r) => {
      // Which side of its edges the polygon lies on: left of a counter-clockwise outer ring, right of a
      // counter-clockwise hole.
      let twiceArea = 0;
      for (let p = 0; p + 1 < ring.length; p += 1) {
        const [ax, ay] = ring[p] as Position;
        const [bx, by] = ring[p + 1] as Position;
        twiceArea += ax * by - bx * ay;
      }
      const outward = twiceArea > 0 === (r === 0) ? 1 : -1;
      return ring.slice(1).map(([bx, by], p) => {
        const [ax, ay] = ring[p] as Position;
        const length = Math.hypot(bx - ax, by - ay) || 1;
        // The right-hand normal of a→b, turned outward.
        const x = (ax + bx) / 2 + (outward * STEP_OUT * (by - ay)) / length;
        const y = (ay + by) / 2 - (outward * STEP_OUT * (bx - ax)) / length;
        return !(partners[i] as number[]).some((j) => locate(cut[j] as Ring[], x, y) > 0);
      });
    }),
  }));
}
