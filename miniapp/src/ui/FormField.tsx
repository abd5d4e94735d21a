import { Text, View } from '@tarojs/components';
import { Input } from '@nutui/nutui-react-taro';
import type { FieldDefinition } from '@hushi/sdk';
import { MESSAGES } from '../messages';
import { fieldKeyboard } from './fieldKeyboard';
import { inputAria } from './inputAria';

/** Props of {@link FormField}. */
export interface FormFieldProps {
  field: FieldDefinition;
  /** The value as typed (typed fields). */
  value: string;
  /** The value as shown (picked, echoed, account and derived fields). */
  shown: string;
  /** The field the red prompt is about. */
  invalid: boolean;
  /** Typed fields: the user typed. */
  onInput: (value: string) => void;
  /** Picked fields: opens the picker; absent for a typed field. */
  onOpenPicker?: () => void;
}

/**
 * One field of the form, from its definition: a red `*` when required; typed, or picked from its code
 * table; read-only when the system fills it (系统回显 while empty). A 身份证号 the user types stays readable
 * in full while the form is open, so all 18 characters can be checked before 申报 (lists and 详情 mask it).
 * A typed field opens the keyboard of its format
 * (`fieldKeyboard`); in H5 its input is labelled by the field's name, and a picked field is a button.
 */
export function FormField({ field, value, shown, invalid, onInput, onOpenPicker }: FormFieldProps) {
  const writable = field.source === 'input';
  const className = `form-field form-field--${field.key}${invalid ? ' form-field--invalid' : ''}`;
  const label = (
    <Text className={`form-field__label${writable && field.required ? ' required' : ''}`}>{field.label}</Text>
  );
  if (!writable) {
    const echo = field.source === 'systemEcho' || field.source === 'derived';
    return (
      <View className={`${className} form-field--readonly`}>
        {label}
        <Text className="form-field__value">{shown || (echo ? MESSAGES.systemEcho : '')}</Text>
      </View>
    );
  }
  if (onOpenPicker) {
    return (
      <View className={`${className} form-field--picker`} role="button" onClick={onOpenPicker}>
        {label}
        <Text className={`form-field__value${shown ? '' : ' form-field__placeholder'}`}>
          {shown || `请选择${field.label}`}
        </Text>
      </View>
    );
  }
  const keyboard = fieldKeyboard(field.format, process.env.TARO_ENV);
  return (
    <View className={className}>
      {label}
      <Input
        {...keyboard}
        {...inputAria({ label: field.label, required: field.required, invalid }, keyboard.nativeProps)}
        className="form-field__input"
        value={value}
        placeholder={`请输入${field.label}`}
        onChange={(text) => {
          onInput(text);
        }}
      />
    </View>
  );
}
