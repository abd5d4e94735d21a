import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { observer } from 'mobx-react-lite';
import { LIST_TITLES } from '@hushi/sdk';
import type { FieldDefinition, ListPart } from '@hushi/sdk';
import { MESSAGES } from '../messages';
import type { TypedResident } from '../stores/ResidentRegisterChecks';
import { useDeclarationForm } from '../stores/useDeclarationForm';
import { AttachmentField } from './AttachmentField';
import { FormField } from './FormField';

/** What the 边民 register says against a 委托边民 as typed, under their fields. */
const ResidentRefusal = observer(function ResidentRefusal({ line }: { line: TypedResident }) {
  const { form } = useDeclarationForm();
  const refusal = form.residentChecks.refusalOf(line);
  return refusal === undefined ? null : <Text className="line-card__refusal">{refusal}</Text>;
});

/** Props of {@link LineList}. */
export interface LineListProps {
  part: ListPart;
  /** Opens the picker of a field of line `index`. */
  onOpenPicker: (part: ListPart, index: number, field: FieldDefinition) => void;
}

/**
 * The lines of one list of the form (商品信息, 商品资质, 车辆信息, 随附单证, 委托边民), each with every
 * field of its table, to add, edit and remove.
 */
export const LineList = observer(function LineList({ part, onOpenPicker }: LineListProps) {
  const { form } = useDeclarationForm();
  const fields = form.draft.fieldsOf(part);
  const label = LIST_TITLES[part];
  return (
    <View className={`line-list line-list--${part}`}>
      <View className="line-list__title">{label}</View>
      {form.draft.lists[part].length === 0 && <Text className="muted">{MESSAGES.noLines}</Text>}
      {form.draft.lists[part].map((line, index) => (
        <View key={index} className="line-card">
          <View className="line-card__head">
            <Text>{`${label} ${index + 1}`}</Text>
            <Button
              size="small"
              fill="none"
              onClick={() => {
                form.removeLine(part, index);
              }}
            >
              {MESSAGES.remove}
            </Button>
          </View>
          {fields.map((field) =>
            field.format === 'attachment' ? (
              <AttachmentField
                key={field.key}
                field={field}
                line={line}
                index={index}
                invalid={form.isInvalid(part, field.key, index)}
              />
            ) : (
              <FormField
                key={field.key}
                field={field}
                value={line[field.key] ?? ''}
                shown={form.displayValue(field, line, part)}
                invalid={form.isInvalid(part, field.key, index)}
                onInput={(value) => {
                  form.setLine(part, index, field.key, value);
                }}
                {...(form.pickerEntries(field) || field.format === 'date'
                  ? {
                      onOpenPicker: () => {
                        onOpenPicker(part, index, field);
                      },
                    }
                  : {})}
              />
            ),
          )}
          {part === 'entrustedResidents' && <ResidentRefusal line={line} />}
        </View>
      ))}
      <Button
        size="small"
        type="primary"
        fill="outline"
        className="line-list__add"
        onClick={() => {
          form.draft.addLine(part);
        }}
      >
        {`${MESSAGES.add}${label}`}
      </Button>
    </View>
  );
});
