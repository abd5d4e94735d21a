import { useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import { Text } from '@tarojs/components';
import { Button, Cell, Input, NoticeBar, Picker } from '@nutui/nutui-react-taro';
import type { PickerOption } from '@nutui/nutui-react-taro';
import { observer } from 'mobx-react-lite';
import { BUSINESS_MODES, DECLARATION_STATUSES, findCode, formatCode, formatStatus } from '@hushi/sdk';
import type { BusinessModeCode, DeclarationStatus } from '@hushi/sdk';
import { summaryRows } from '../display/listRows';
import { MESSAGES } from '../messages';
import { QUERY_MESSAGES } from '../queryMessages';
import { KIND_LABELS, openPage } from '../routes';
import type { DetailOrigin } from '../routes';
import { useDeclarationLists } from '../stores/useDeclarationLists';
import { DisplayCard } from './DisplayCard';
import { inputAria } from './inputAria';
import { PageShell } from './PageShell';
import { useDeclarationKind } from './useDeclarationKind';
import { QueryActions } from './QueryActions';
import { QueryDateRange } from './QueryDateRange';

const ALL: PickerOption = { label: QUERY_MESSAGES.all, value: '' };

const BUSINESS_MODE_OPTIONS: PickerOption[] = [
  ALL,
  ...BUSINESS_MODES.map((entry) => ({ label: formatCode(entry), value: entry.code })),
];

const STATUS_OPTIONS: PickerOption[] = [
  ALL,
  ...DECLARATION_STATUSES.map((entry) => ({ label: formatStatus(entry.status), value: entry.status })),
];

/** Which picker is open. */
type OpenPicker = 'businessMode' | 'status';

/**
 * The query screen of 申请记录查询 (`records`: 预录入编号) and 单据查询 (`documents`: 申报单号): the
 * conditions 业务模式, 申报状态, 起始时间, 结束时间 with 重置 and 查询, then the results; a row opens
 * its 详情.
 */
export const QueryScreen = observer(function QueryScreen({ origin }: { origin: DetailOrigin }) {
  const kind = useDeclarationKind();
  const store = useDeclarationLists().query(origin, kind);
  const [open, setOpen] = useState<OpenPicker | undefined>(undefined);
  const { conditions } = store;
  const records = origin === 'records';

  useEffect(() => {
    void Taro.setNavigationBarTitle({
      title: `${KIND_LABELS[kind]}${records ? QUERY_MESSAGES.recordsTitle : QUERY_MESSAGES.documentsTitle}`,
    });
  }, [kind, records]);

  const close = (): void => {
    setOpen(undefined);
  };
  const numberLabel = records ? QUERY_MESSAGES.preEntryNumber : QUERY_MESSAGES.declarationNumber;
  const modeLabel =
    conditions.businessMode === '' ? undefined : findCode('businessMode', conditions.businessMode);

  return (
    <PageShell>
      <Cell.Group className="query-conditions">
        <Cell
          title={numberLabel}
          extra={
            <Input
              {...inputAria({ label: numberLabel })}
              className="query-conditions__input"
              placeholder={records ? QUERY_MESSAGES.preEntryNumberHint : QUERY_MESSAGES.declarationNumberHint}
              value={conditions.number}
              onChange={(value) => {
                store.setCondition('number', value);
              }}
            />
          }
        />
        <Cell
          className="query-conditions__businessMode"
          title={QUERY_MESSAGES.businessMode}
          extra={modeLabel ? formatCode(modeLabel) : QUERY_MESSAGES.all}
          clickable
          onClick={() => {
            setOpen('businessMode');
          }}
        />
        <Cell
          className="query-conditions__status"
          title={QUERY_MESSAGES.status}
          extra={conditions.status === '' ? QUERY_MESSAGES.all : formatStatus(conditions.status)}
          clickable
          onClick={() => {
            setOpen('status');
          }}
        />
        <QueryDateRange store={store} />
      </Cell.Group>
      <QueryActions store={store} />
      {store.error && <NoticeBar className="error-bar" content={store.error} wrap />}
      {store.results?.map((row) => (
        <DisplayCard
          key={row.preEntryNumber}
          className="query-result"
          rows={summaryRows(row)}
          onClick={() => {
            openPage('detail', { kind, preEntryNumber: row.preEntryNumber, from: origin });
          }}
        />
      ))}
      {store.results?.length === 0 && <Text className="muted">{QUERY_MESSAGES.noResults}</Text>}
      {store.hasMore && (
        <Button block fill="none" onClick={() => void store.loadMore()}>
          {store.loading ? MESSAGES.loading : QUERY_MESSAGES.loadMore}
        </Button>
      )}
      <Picker
        title={QUERY_MESSAGES.businessMode}
        visible={open === 'businessMode'}
        options={[BUSINESS_MODE_OPTIONS]}
        value={[conditions.businessMode]}
        onConfirm={(_, [value]) => {
          store.setCondition('businessMode', (value ?? '') as BusinessModeCode | '');
        }}
        onClose={close}
      />
      <Picker
        title={QUERY_MESSAGES.status}
        visible={open === 'status'}
        options={[STATUS_OPTIONS]}
        value={[conditions.status]}
        onConfirm={(_, [value]) => {
          store.setCondition('status', (value ?? '') as DeclarationStatus | '');
        }}
        onClose={close}
      />
    </PageShell>
  );
});
