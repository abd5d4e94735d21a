/** What an input says to a screen reader. */
export interface InputAria {
  /** Its name: the field's name. */
  label: string;
  required?: boolean;
  /** Whether the red prompt is about it. */
  invalid?: boolean;
}

/**
 * The props that name an input in H5, where NutUI's and Taro's input is a custom element around the
 * `<input>`: Taro's `nativeProps` are what reaches that `<input>`, merged here with the input's own
 * (`inputmode`). A mini-program's input gets none: WeChat takes no ARIA on its native input.
 * @example <Input {...inputAria({ label: '提运单号' })} />
 */
export function inputAria(
  { label, required, invalid }: InputAria,
  nativeProps: Readonly<Record<string, string>> = {},
): { nativeProps?: Record<string, string> } {
  if (process.env.TARO_ENV !== 'h5') return {};
  return {
    nativeProps: {
      ...nativeProps,
      'aria-label': label,
      ...(required === undefined ? {} : { 'aria-required': String(required) }),
      ...(invalid === undefined ? {} : { 'aria-invalid': String(invalid) }),
    },
  };
}
