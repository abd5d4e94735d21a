import Taro from '@tarojs/taro';
import type { DeviceStorage } from './deviceStorage';

/** {@link DeviceStorage} on `Taro.getStorageSync`/`setStorageSync`. */
export const taroDeviceStorage: DeviceStorage = {
  read(key) {
    try {
      const text: unknown = Taro.getStorageSync(key);
      return typeof text === 'string' && text !== '' ? (JSON.parse(text) as unknown) : undefined;
    } catch {
      return undefined;
    }
  },
  write(key, value) {
    try {
      Taro.setStorageSync(key, JSON.stringify(value));
    } catch (error) {
      console.warn(`device storage: ${key} not written`, error);
    }
  },
  remove(key) {
    try {
      Taro.removeStorageSync(key);
    } catch {
      // Nothing kept, or nothing to keep it in: either way it is gone.
    }
  },
};
