import type { FenceCollection } from '@hushi/sdk';

/**
 * The mock backend's electronic fences (WGS-84; shapes and positions made up for the demo, not
 * official data): 打洛 under 昆明关区 (8600) and 二连浩特 under 呼和浩特关区 (0700, the fence of the bridge
 * scenarios' fixes), both connected to the fence interface, and 友谊关 under 南宁关区 (7200, not connected:
 * "该区域暂不支持在移动端申报！").
 */
export const SEED_FENCES: FenceCollection = {
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      id: 'daluo',
      properties: { name: '打洛边民互市点（示例）', customsCode: '8609', headCustomsCode: '8600' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [100.0405, 21.6905],
            [100.0455, 21.6905],
            [100.0455, 21.6945],
            [100.0405, 21.6945],
            [100.0405, 21.6905],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      id: 'erenhot',
      properties: { name: '二连浩特边民互市贸易区（示例）', customsCode: '0702', headCustomsCode: '0700' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [111.967762, 43.6709208],
            [111.971865, 43.6708309],
            [111.9723624, 43.6723597],
            [111.970746, 43.673349],
            [111.9678863, 43.6729893],
            [111.967762, 43.6709208],
          ],
        ],
      },
    },
    {
      type: 'Feature',
      id: 'youyiguan',
      properties: { name: '友谊关边民互市点（示例）', customsCode: '7208', headCustomsCode: '7200' },
      geometry: {
        type: 'Polygon',
        coordinates: [
          [
            [106.7106272, 21.9772014],
            [106.7122758, 21.9773812],
            [106.7125668, 21.9795396],
            [106.7118879, 21.9808886],
            [106.7108211, 21.9807087],
            [106.7103362, 21.979],
            [106.7106272, 21.9772014],
          ],
        ],
      },
    },
  ],
};

/** The head customs districts (直属关) that have connected their platform to the fence interface. */
export const SEED_CONNECTED_HEAD_CUSTOMS: readonly string[] = ['8600', '0700'];

/** A WGS-84 point inside the 打洛 fence (connected), for demos and tests. */
export const DALUO_INSIDE = { lat: 21.6925, lng: 100.043 } as const;
/** A WGS-84 point inside the 友谊关 fence (not connected). */
export const YOUYIGUAN_INSIDE = { lat: 21.979, lng: 106.7115 } as const;
/** A WGS-84 point some kilometres from every fence. */
export const FAR_OUTSIDE = { lat: 21.75, lng: 100.1 } as const;
