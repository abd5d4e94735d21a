import { useState } from 'react';
import { ScrollView, View } from '@tarojs/components';
import { Cell, Popup, SearchBar } from '@nutui/nutui-react-taro';
import { formatCode, searchCodes } from '@hushi/sdk';
import type { PickerEntry } from '../stores/DeclarationForm';
import { MESSAGES } from '../messages';
import { inputAria } from './inputAria';

/** Props of {@link CodePicker}. */
export interface CodePickerProps {
  /** The picker's title: the field's label. */
  title: string;
  /** The entries to pick from; the picker is closed when undefined. */
  entries: readonly PickerEntry[] | undefined;
  onPick: (code: string) => void;
  onClose: () => void;
}

/** Most entries listed at once; typing narrows the rest down. */
const LIST_LIMIT = 50;
/** A quick slide, ms: the picker is opened many times per form. */
const SLIDE_MS = 120;

/**
 * The searchable picker of a code-table field: "输入已知的相应数字、字母或汉字，迅速调出参数" (the sdk's
 * `searchCodes`), each entry shown as "03-原装提离".
 */
export function CodePicker({ title, entries, onPick, onClose }: CodePickerProps) {
  const [query, setQuery] = useState('');
  const found = entries ? searchCodes(entries, query, { limit: LIST_LIMIT }) : [];
  const close = (): void => {
    setQuery('');
    onClose();
  };
  return (
    <Popup
      visible={entries !== undefined}
      position="bottom"
      round
      title={title}
      duration={SLIDE_MS}
      onClose={close}
      closeable
    >
      <View className="code-picker">
        <SearchBar
          className="code-picker__search"
          placeholder={MESSAGES.searchHint}
          inputProps={inputAria({ label: title })}
          value={query}
          onChange={(value) => {
            setQuery(value);
          }}
        />
        <ScrollView scrollY className="code-picker__list">
          {found.map((entry) => (
            <Cell
              key={entry.code}
              className="code-picker__entry"
              title={formatCode(entry)}
              clickable
              onClick={() => {
                setQuery('');
                onPick(entry.code);
              }}
            />
          ))}
          {found.length === 0 && <View className="muted">{MESSAGES.noMatch}</View>}
        </ScrollView>
      </View>
    </Popup>
  );
}
