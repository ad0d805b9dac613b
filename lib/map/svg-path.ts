import { geoStream, type GeoPermissibleObjects, type GeoStream, type GeoStreamWrapper } from "d3-geo";

/**
 * Projects a GeoJSON object into a compact SVG path string: one decimal, relative moves, and
 * each line simplified (Douglas–Peucker) so no point moves more than `tolerance` view units.
 * Natural Earth 1:50m has a vertex every pixel or so at this scale; keeping only those that
 * change the shape cuts the HTML by half or more and cannot be seen. Rings that collapse
 * (islets smaller than a pixel) are left out.
 */
export function svgPath(object: GeoPermissibleObjects, projection: GeoStreamWrapper, tolerance = 0.45): string {
  return projectShape(object, projection, tolerance).d;
}

/** A projected shape: its path, and its rings in view units for hit tests. */
export type ProjectedShape = { d: string; rings: number[][] };

export function projectShape(object: GeoPermissibleObjects, projection: GeoStreamWrapper, tolerance = 0.45): ProjectedShape {
  const sink = new PathSink(tolerance);
  geoStream(object, projection.stream(sink));
  return { d: sink.result(), rings: sink.rings.map((ring) => ring.map((t) => t / 10)) };
}

/** Whether a point lies inside a projected shape's rings (even–odd, so holes count). */
export function containsPoint(shape: ProjectedShape, x: number, y: number): boolean {
  let inside = false;
  for (const ring of shape.rings) {
    for (let i = 0, j = ring.length - 2; i < ring.length; j = i, i += 2) {
      const [xi, yi, xj, yj] = [ring[i]!, ring[i + 1]!, ring[j]!, ring[j + 1]!];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

/** A coordinate in tenths of a unit, as an integer: rounding once keeps relative moves exact. */
const tenths = (v: number) => Math.round(v * 10);

/** Tenths as the shortest decimal: 5 -> ".5", -5 -> "-.5", 30 -> "3", -123 -> "-12.3". */
function num(t: number): string {
  if (t === 0) return "0";
  const negative = t < 0;
  const abs = negative ? -t : t;
  const whole = Math.floor(abs / 10);
  const tenth = abs - whole * 10;
  const s = tenth === 0 ? String(whole) : whole === 0 ? `.${tenth}` : `${whole}.${tenth}`;
  return negative ? `-${s}` : s;
}

/** Appends a number; a minus sign separates it from the previous one, otherwise a comma does. */
function push(out: string[], t: number, first: boolean) {
  out.push(first || t < 0 ? num(t) : `,${num(t)}`);
}

class PathSink implements GeoStream {
  private readonly out: string[] = [];
  /** The closed rings drawn, in tenths of a unit. */
  readonly rings: number[][] = [];
  private inPolygon = false;
  // The current line or ring, in tenths: [x0, y0, x1, y1, ...].
  private line: number[] = [];
  // The pen position in tenths, which relative moves start from; null before the first subpath.
  private pen: [number, number] | null = null;

  constructor(private readonly tolerance: number) {}

  polygonStart() {
    this.inPolygon = true;
  }

  polygonEnd() {
    this.inPolygon = false;
  }

  lineStart() {
    this.line = [];
  }

  point(x: number, y: number) {
    const tx = tenths(x);
    const ty = tenths(y);
    const n = this.line.length;
    // Consecutive points that round to the same place add nothing.
    if (n > 0 && this.line[n - 2] === tx && this.line[n - 1] === ty) return;
    this.line.push(tx, ty);
  }

  lineEnd() {
    const closed = this.inPolygon;
    const kept = simplify(this.line, this.tolerance * 10, closed);
    const points = kept.length / 2;
    if (points < (closed ? 3 : 2)) return;
    const [x0, y0] = [kept[0]!, kept[1]!];
    const out = this.out;
    if (this.pen) {
      out.push("m");
      push(out, x0 - this.pen[0], true);
      push(out, y0 - this.pen[1], false);
    } else {
      out.push("M");
      push(out, x0, true);
      push(out, y0, false);
    }
    out.push("l");
    for (let i = 2; i < kept.length; i += 2) {
      push(out, kept[i]! - kept[i - 2]!, i === 2);
      push(out, kept[i + 1]! - kept[i - 1]!, false);
    }
    if (closed) {
      out.push("z");
      this.rings.push(kept);
    }
    // After "z" the pen is back at the subpath's start; after an open line, at its end.
    this.pen = closed ? [x0, y0] : [kept[kept.length - 2]!, kept[kept.length - 1]!];
  }

  sphere() {}

  result(): string {
    return this.out.join("");
  }
}

/**
 * Douglas–Peucker on a flat [x, y, x, y, ...] list. A ring is split at the point farthest from
 * its start, so both halves have a real chord to measure against.
 */
export function simplify(flat: number[], tolerance: number, closed: boolean): number[] {
  const n = flat.length / 2;
  if (n <= 2) return flat;
  const keep = new Uint8Array(n);
  keep[0] = 1;
  keep[n - 1] = 1;
  const stack: [number, number][] = [];
  if (closed) {
    let far = 1;
    let farDistance = -1;
    for (let i = 1; i < n; i++) {
      const ex = flat[2 * i]! - flat[0]!;
      const ey = flat[2 * i + 1]! - flat[1]!;
      if (ex * ex + ey * ey > farDistance) {
        far = i;
        farDistance = ex * ex + ey * ey;
      }
    }
    keep[far] = 1;
    stack.push([0, far], [far, n - 1]);
  } else {
    stack.push([0, n - 1]);
  }
  const limit = tolerance * tolerance;
  // Plain locals in the inner loop: this runs over thousands of points per render.
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    if (b - a < 2) continue;
    const ax = flat[2 * a]!;
    const ay = flat[2 * a + 1]!;
    const dx = flat[2 * b]! - ax;
    const dy = flat[2 * b + 1]! - ay;
    const length2 = dx * dx + dy * dy;
    let worst = -1;
    let worstDistance = limit;
    for (let i = a + 1; i < b; i++) {
      const px = flat[2 * i]! - ax;
      const py = flat[2 * i + 1]! - ay;
      // Distance to the segment (to the end point where the perpendicular misses it).
      let t = length2 === 0 ? 0 : (px * dx + py * dy) / length2;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const ex = px - t * dx;
      const ey = py - t * dy;
      const d = ex * ex + ey * ey;
      if (d > worstDistance) {
        worst = i;
        worstDistance = d;
      }
    }
    if (worst < 0) continue;
    keep[worst] = 1;
    stack.push([a, worst], [worst, b]);
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) if (keep[i]) out.push(flat[2 * i]!, flat[2 * i + 1]!);
  return out;
}
