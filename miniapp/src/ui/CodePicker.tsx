import { useState } from 'react';
import { ScrollView, Text, View } from '@tarojs/components';
import { Button, Cell, Popup, SearchBar } from '@nutui/nutui-react-taro';
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
  /** Whether the entries are still loading (加载中, not 无匹配的参数). */
  loading?: boolean;
  /** Why the entries could not be loaded, shown with 重试 ({@link onRetry}). */
  loadError?: string | undefined;
  onRetry?: () => void;
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
export function CodePicker({
  title,
  entries,
  loading = false,
  loadError,
  onRetry,
  onPick,
  onClose,
}: CodePickerProps) {
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
          {loading && <View className="muted code-picker__loading">{MESSAGES.loading}</View>}
          {!loading && loadError !== undefined && (
            <View className="code-picker__error">
              <Text className="code-picker__error-text">{loadError}</Text>
              {onRetry && (
                <Button size="small" className="code-picker__retry" onClick={onRetry}>
                  {MESSAGES.retry}
                </Button>
              )}
            </View>
          )}
          {!loading && loadError === undefined && found.length === 0 && (
            <View className="muted">{MESSAGES.noMatch}</View>
          )}
        </ScrollView>
      </View>
    </Popup>
  );
}
