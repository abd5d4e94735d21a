import { useEffect } from 'react';
import Taro from '@tarojs/taro';

/**
 * Shows the platform's loading overlay (`Taro.showLoading`, masked: the screen takes no taps) with
 * `title` while it is given, where the user is looking whatever the scroll; hides it when `title` goes
 * back to undefined or the page closes.
 */
export function useBlockingLoading(title: string | undefined): void {
  useEffect(() => {
    if (title === undefined) return undefined;
    void Taro.showLoading({ title, mask: true });
    return () => {
      Taro.hideLoading();
    };
  }, [title]);
}
