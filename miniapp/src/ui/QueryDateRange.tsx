import { useState } from 'react';
import { Cell, DatePicker } from '@nutui/nutui-react-taro';
import { observer } from 'mobx-react-lite';
import { QUERY_MESSAGES } from '../queryMessages';
import { dayAsDate, pickedDay } from './pickedDay';

/** The ends of a date range. */
export type RangeEnd = 'from' | 'to';

/** A query screen's store, as far as its 申报时间 range goes. */
export interface DateRangeConditions {
  /** 起始时间 and 结束时间 as 'YYYY-MM-DD', '' when not set (shown as 全部). */
  readonly conditions: { readonly from: string; readonly to: string };
  setCondition(key: RangeEnd, day: string): void;
}

/**
 * The 起始时间 and 结束时间 conditions of a query screen, each a cell that opens a date picker (days
 * from ten years back to today); a picked day goes to the store. Goes inside the screen's `Cell.Group`.
 */
export const QueryDateRange = observer(function QueryDateRange({ store }: { store: DateRangeConditions }) {
  const { from, to } = store.conditions;
  const [open, setOpen] = useState<RangeEnd | undefined>(undefined);
  const today = new Date();
  return (
    <>
      <Cell
        className="query-conditions__from"
        title={QUERY_MESSAGES.from}
        extra={from || QUERY_MESSAGES.all}
        clickable
        onClick={() => {
          setOpen('from');
        }}
      />
      <Cell
        className="query-conditions__to"
        title={QUERY_MESSAGES.to}
        extra={to || QUERY_MESSAGES.all}
        clickable
        onClick={() => {
          setOpen('to');
        }}
      />
      <DatePicker
        title={open === 'to' ? QUERY_MESSAGES.to : QUERY_MESSAGES.from}
        type="date"
        visible={open !== undefined}
        value={dayAsDate(open === 'to' ? to : from)}
        startDate={new Date(today.getFullYear() - 10, 0, 1)}
        endDate={today}
        onConfirm={(_, values) => {
          if (open) store.setCondition(open, pickedDay(values));
        }}
        onClose={() => {
          setOpen(undefined);
        }}
      />
    </>
  );
});
