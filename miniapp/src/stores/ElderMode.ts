import { makeAutoObservable } from 'mobx';

/** What {@link ElderMode} reads from the platform and keeps there. */
export interface ElderModeEnvironment {
  /**
   * The system's font size in px: WeChat's 字体大小 (`fontSizeSetting`), a browser's default font size;
   * undefined when the platform does not tell.
   */
  systemFontSize(): number | undefined;
  /** The user's last choice in the menu; undefined when they never chose. */
  loadChoice(): boolean | undefined;
  saveChoice(on: boolean): void;
}

/** The standard system font size, px: WeChat's and a browser's default. */
const STANDARD_FONT_SIZE = 16;
/**
 * A system font size from which the mode comes on by itself, px: a step above the standard (iOS's
 * standard is 17 px), a browser's "large" font size.
 */
export const LARGE_SYSTEM_FONT_SIZE = 20;
/** The app's body text in the normal mode, px. */
const NORMAL_BODY_SIZE = 14;
/** The body text of 长辈模式 at its smallest, px (适老化: at least 18 px). */
export const ELDER_BODY_SIZE = 18;
/** The largest text scale: twice the standard text (200 %). */
const MAX_TEXT_SCALE = (2 * NORMAL_BODY_SIZE) / ELDER_BODY_SIZE;

/**
 * 长辈模式, the large mode for older users (适老化): large text, large tap targets. It follows the
 * system's font size until the user switches it in the menu, then keeps their choice. Its text grows
 * with the system's: the app's 14 px body text scaled as the system's font is to the standard 16 px,
 * never below 18 px, at most twice the normal size.
 */
export class ElderMode {
  /** The user's choice in the menu; undefined: follow the system. */
  choice: boolean | undefined;
  /** The system's font size at start, px. */
  readonly systemFontSize: number | undefined;

  constructor(private readonly environment: ElderModeEnvironment) {
    this.systemFontSize = environment.systemFontSize();
    this.choice = environment.loadChoice();
    makeAutoObservable<ElderMode, 'environment'>(this, { environment: false });
  }

  /** Whether the mode is on: the user's choice, else whether the system's font is large. */
  get on(): boolean {
    return this.choice ?? (this.systemFontSize ?? STANDARD_FONT_SIZE) >= LARGE_SYSTEM_FONT_SIZE;
  }

  /**
   * How much larger than {@link ELDER_BODY_SIZE} the text is (1 when the mode is off, and at the
   * standard system size), to two decimals.
   */
  get textScale(): number {
    if (!this.on) return 1;
    const systemScale = (this.systemFontSize ?? STANDARD_FONT_SIZE) / STANDARD_FONT_SIZE;
    const scale = Math.min(Math.max((NORMAL_BODY_SIZE * systemScale) / ELDER_BODY_SIZE, 1), MAX_TEXT_SCALE);
    return Math.round(scale * 100) / 100;
  }

  /** The user switches the mode in the menu; the choice is kept for the next start. */
  set(on: boolean): void {
    this.choice = on;
    this.environment.saveChoice(on);
  }
}
