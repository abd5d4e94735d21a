import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { QUERY_MESSAGES } from '../queryMessages';

/** Props of {@link QueryActions}. */
export interface QueryActionsProps {
  /** Whether a 查询 is running (its button shows it). */
  loading: boolean;
  onReset: () => void;
  onSearch: () => void;
}

/** The 重置 and 查询 buttons under a query screen's conditions. */
export function QueryActions({ loading, onReset, onSearch }: QueryActionsProps) {
  return (
    <View className="button-row">
      <Button onClick={onReset}>{QUERY_MESSAGES.reset}</Button>
      <Button type="primary" loading={loading} onClick={onSearch}>
        {QUERY_MESSAGES.search}
      </Button>
    </View>
  );
}
