import Taro from '@tarojs/taro';
import type { ElderModeEnvironment } from '../stores/ElderMode';

/** Where the user's 长辈模式 choice is kept (Taro storage: WeChat's, or the browser's localStorage). */
const CHOICE_KEY = 'hushi.elderMode';

/** iOS's standard Dynamic Type body size, px (Safari's `-apple-system-body`). */
const IOS_STANDARD_BODY_SIZE = 17;
/** A browser's standard default font size, px. */
const BROWSER_STANDARD_SIZE = 16;

/** The computed font size, px, of a probe element styled by `style`. */
function probeFontSize(style: (probe: HTMLElement) => void): number {
  const probe = document.createElement('div');
  style(probe);
  // The root element exists from the first script on; the probe is gone before anything is painted.
  document.documentElement.appendChild(probe);
  const size = parseFloat(getComputedStyle(probe).fontSize);
  probe.remove();
  return size;
}

/**
 * The browser's text size as a default font size, px: its default font size (the CSS `medium` the
 * user's font size setting sets), or, in iOS Safari and WKWebView, the Dynamic Type text size (as a
 * size relative to iOS's standard 17 px), whichever is larger.
 */
function browserFontSize(): number | undefined {
  const sizes = [probeFontSize((probe) => (probe.style.fontSize = 'medium'))];
  if (CSS.supports('font', '-apple-system-body')) {
    const body = probeFontSize((probe) => (probe.style.font = '-apple-system-body'));
    sizes.push((body / IOS_STANDARD_BODY_SIZE) * BROWSER_STANDARD_SIZE);
  }
  const finite = sizes.filter((size) => Number.isFinite(size));
  return finite.length > 0 ? Math.max(...finite) : undefined;
}

/**
 * 长辈模式's platform: the system font size from WeChat's `fontSizeSetting` (我-设置-通用-字体大小) or
 * the browser's text size, and the user's choice in Taro storage.
 */
export const platformElderModeEnvironment: ElderModeEnvironment = {
  systemFontSize() {
    if (process.env.TARO_ENV === 'h5') return browserFontSize();
    const { fontSizeSetting } = Taro.getSystemInfoSync();
    return Number.isFinite(fontSizeSetting) ? fontSizeSetting : undefined;
  },
  loadChoice() {
    const stored: unknown = Taro.getStorageSync(CHOICE_KEY);
    return typeof stored === 'boolean' ? stored : undefined;
  },
  saveChoice(on) {
    Taro.setStorageSync(CHOICE_KEY, on);
  },
};
