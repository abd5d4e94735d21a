/**
 * The GeoJSON shape of electronic-fence (电子围网) data: a FeatureCollection of Polygon or
 * MultiPolygon features in WGS-84 (RFC 7946), holes allowed, each naming its customs office.
 * {@link loadFences} checks all of this at run time; these types describe what it accepts.
 */

/** A GeoJSON position: `[longitude, latitude]` in WGS-84 degrees; an altitude, if present, is ignored. */
export type FencePosition = readonly number[];

/** A closed ring: at least four positions, the last equal to the first. */
export type FenceRing = readonly FencePosition[];

/** A GeoJSON Polygon: an outer ring, then its holes. */
export interface FencePolygon {
  readonly type: 'Polygon';
  readonly coordinates: readonly FenceRing[];
}

/** A GeoJSON MultiPolygon: several polygons that together make one fence. */
export interface FenceMultiPolygon {
  readonly type: 'MultiPolygon';
  readonly coordinates: readonly (readonly FenceRing[])[];
}

/** The geometry of one fence. */
export type FenceGeometry = FencePolygon | FenceMultiPolygon;

/** The properties every fence carries. Other properties are allowed and ignored. */
export interface FenceProperties {
  /** Display name, shown to the user (e.g. 二连浩特边民互市贸易区). */
  readonly name: string;
  /** 关区代码 of the customs office that runs the fence, four digits (e.g. `0702`). */
  readonly customsCode: string;
  /** 关区代码 of its head customs district (直属关), the `xx00` code of the same `xx` (e.g. `0700`). */
  readonly headCustomsCode: string;
  /**
   * Whether that head customs has connected its platform to the fence interface, as the backend's fence
   * list (`getFences`) says, so that a client can build its checker's `connectedHeadCustoms`. Absent in
   * fence files; the checker itself ignores it.
   */
  readonly connected?: boolean;
}

/** One fence: a GeoJSON Feature with a string `id`. */
export interface FenceFeature {
  readonly type: 'Feature';
  /** Stable identifier of the fence, unique in its collection. */
  readonly id: string;
  readonly properties: FenceProperties;
  readonly geometry: FenceGeometry;
}

/** A set of fences as a GeoJSON FeatureCollection. */
export interface FenceCollection {
  readonly type: 'FeatureCollection';
  readonly features: readonly FenceFeature[];
}

/** What a verdict says about a fence: its identity, not its geometry. */
export interface FenceInfo {
  /** The feature's `id`. */
  readonly id: string;
  /** Display name. */
  readonly name: string;
  /** 关区代码 of the customs office. */
  readonly customsCode: string;
  /** 关区代码 of the head customs district (直属关). */
  readonly headCustomsCode: string;
}
