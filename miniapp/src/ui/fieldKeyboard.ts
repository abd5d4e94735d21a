import type { FieldFormat } from '@hushi/sdk';

/**
 * What an input of a field asks the phone for: WeChat's keyboard `type`, and, in H5, the browser's
 * `inputmode` (Taro's `nativeProps` are what reaches the `<input>` inside its H5 component).
 */
export interface FieldKeyboard {
  /**
   * The NutUI/Taro `type`: in WeChat it picks the keyboard (`number`, `digit` with a decimal point,
   * `idcard` with an X key); in H5 it stays `text`, so that what is typed is never filtered and a wrong
   * value gets the manual's red message.
   */
  type: 'text' | 'number' | 'digit' | 'idcard';
  /** The H5 input's `inputmode`: the browser's keyboard, without changing what may be typed. */
  nativeProps?: { inputmode: 'numeric' | 'decimal' };
}

/** The WeChat keyboard and H5 input mode of each field format that has one. */
const KEYBOARDS: Partial<Record<FieldFormat, { weapp: FieldKeyboard['type']; h5?: 'numeric' | 'decimal' }>> =
  {
    positiveInteger: { weapp: 'number', h5: 'numeric' },
    quantity: { weapp: 'digit', h5: 'decimal' },
    amount: { weapp: 'digit', h5: 'decimal' },
    // 身份证号 may end with X: WeChat's idcard keyboard has the key; a browser keeps its full keyboard.
    idNumber: { weapp: 'idcard' },
  };

/**
 * The keyboard of a typed field, from the sdk's format of its value: numeric for integers (件数),
 * decimal for quantities and amounts (申报数量, 申报单价), `idcard` for 身份证号 in WeChat; a text keyboard
 * for the rest.
 * @param platform `process.env.TARO_ENV` of the build.
 * @example fieldKeyboard('amount', 'h5') // { type: 'text', nativeProps: { inputmode: 'decimal' } }
 */
export function fieldKeyboard(format: FieldFormat | undefined, platform: string | undefined): FieldKeyboard {
  const keyboard = format === undefined ? undefined : KEYBOARDS[format];
  if (keyboard === undefined) return { type: 'text' };
  if (platform === 'h5')
    return keyboard.h5 === undefined
      ? { type: 'text' }
      : { type: 'text', nativeProps: { inputmode: keyboard.h5 } };
  return { type: keyboard.weapp };
}
