import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { observer } from 'mobx-react-lite';
import { QUERY_MESSAGES } from '../queryMessages';

/** A query screen's store, as far as 重置 and 查询 go. */
export interface QueryRunner {
  /** Whether a 查询 is running (its button shows it). */
  readonly loading: boolean;
  reset(): void;
  search(): Promise<void>;
}

/** The 重置 and 查询 buttons under a query screen's conditions. */
export const QueryActions = observer(function QueryActions({ store }: { store: QueryRunner }) {
  return (
    <View className="button-row">
      <Button
        onClick={() => {
          store.reset();
        }}
      >
        {QUERY_MESSAGES.reset}
      </Button>
      <Button type="primary" loading={store.loading} onClick={() => void store.search()}>
        {QUERY_MESSAGES.search}
      </Button>
    </View>
  );
});
