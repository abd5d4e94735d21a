import { useEffect, useState } from 'react';
import { ScrollView, Text, View } from '@tarojs/components';
import { Button, Cell, Popup, SearchBar } from '@nutui/nutui-react-taro';
import { formatCode, searchCodes } from '@hushi/sdk';
import type { PickerEntry } from '../stores/DeclarationForm';
import { MESSAGES } from '../messages';
import { entryOnEnter, exactMatchIndex, movedHighlight } from './codePickerKeys';
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
 * `searchCodes`), each entry shown as "03-原装提离". 回车 (the keyboard's search key in WeChat) picks the
 * highlighted entry, or the only one found; an entry is highlighted when it is exactly what was typed, or
 * by ↓ and ↑ on a keyboard.
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
  // The entry moved to with ↓/↑ since the query last changed.
  const [moved, setMoved] = useState<number | undefined>(undefined);
  const found = entries ? searchCodes(entries, query, { limit: LIST_LIMIT }) : [];
  const highlighted = moved ?? exactMatchIndex(found, query);
  const close = (): void => {
    setQuery('');
    setMoved(undefined);
    onClose();
  };
  const pick = (code: string): void => {
    setQuery('');
    setMoved(undefined);
    onPick(code);
  };
  const visible = entries !== undefined;
  const count = found.length;
  // ↓ and ↑ on a keyboard (H5 only: a phone's keyboard has neither) move the highlight.
  useEffect(() => {
    if (process.env.TARO_ENV !== 'h5' || !visible) return undefined;
    const onKeyDown = (event: KeyboardEvent): void => {
      const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : undefined;
      if (step === undefined) return;
      event.preventDefault();
      setMoved(movedHighlight(highlighted, count, step));
    };
    // Captured: Taro's input keeps the keys it handles from bubbling.
    document.addEventListener('keydown', onKeyDown, true);
    return () => {
      document.removeEventListener('keydown', onKeyDown, true);
    };
  }, [visible, highlighted, count]);
  return (
    <Popup
      visible={visible}
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
            setMoved(undefined);
          }}
          onSearch={() => {
            const entry = entryOnEnter(found, highlighted);
            if (entry) pick(entry.code);
          }}
        />
        <ScrollView scrollY className="code-picker__list">
          {found.map((entry, index) => (
            <Cell
              key={entry.code}
              className={`code-picker__entry${index === highlighted ? ' code-picker__entry--highlighted' : ''}`}
              title={formatCode(entry)}
              clickable
              onClick={() => {
                pick(entry.code);
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
