// Places on both sides of mainland China's boundary, for the mainland tests: each a few kilometres
// from the boundary (the generated one, checked against town centres), further than its error (650 m)
// and the GCJ-02 shift (up to ~700 m) together, so that a GCJ-02 fix there has one reading.
import type { LatLng } from '../src/fence/datum';

/** A named place. */
export interface Place extends LatLng {
  readonly name: string;
}

const place = (name: string, lat: number, lng: number): Place => ({ name, lat, lng });

/** Land ports: the Chinese town and the one across the border. */
export const BORDER_PAIRS: readonly (readonly [mainland: Place, across: Place])[] = [
  [place('二连浩特 Erenhot', 43.653, 111.977), place('Zamyn-Üüd (Mongolia)', 43.7167, 111.9)],
  [place('凭祥 Pingxiang, by 友谊关', 22.097, 106.755), place('Đồng Đăng (Vietnam)', 21.93, 106.69)],
  [place('东兴 Dongxing', 21.58, 107.99), place('Móng Cái (Vietnam)', 21.51, 107.95)],
  [place('河口 Hekou', 22.56, 103.95), place('Lào Cai (Vietnam)', 22.48, 103.97)],
  [place('瑞丽 Ruili', 24.01, 97.85), place('Muse (Myanmar)', 23.96, 97.9)],
  [place('霍尔果斯 Khorgos', 44.22, 80.45), place('Nur Zholy (Kazakhstan)', 44.18, 80.3)],
];

/** Where phones give WGS-84 though gcoord's rectangle says China. */
export const NOT_MAINLAND: readonly Place[] = [
  place('Hong Kong, Central', 22.282, 114.158),
  place('Hong Kong, Sha Tin', 22.38, 114.19),
  place('Macau, Taipa', 22.16, 113.56),
  place('Macau, Coloane', 22.125, 113.56),
  place('Taipei', 25.033, 121.565),
  place('Kinmen (Taiwan), Jincheng', 24.43, 118.32),
  place('Matsu (Taiwan), Nangan', 26.16, 119.95),
];

/** Mainland cities by Hong Kong, Macau and Kinmen. */
export const MAINLAND_BY_THEM: readonly Place[] = [
  place('深圳 Shenzhen, Futian', 22.54, 114.06),
  place('珠海 Zhuhai, Xiangzhou', 22.28, 113.54),
  place('厦门 Xiamen, Huli', 24.51, 118.12),
];
