import { useState } from 'react';
import { Cell, DatePicker } from '@nutui/nutui-react-taro';
import { QUERY_MESSAGES } from '../queryMessages';
import { dayAsDate, pickedDay } from './pickedDay';

/** The ends of a date range. */
export type RangeEnd = 'from' | 'to';

/** Props of {@link QueryDateRange}. */
export interface QueryDateRangeProps {
  /** 起始时间 and 结束时间 as 'YYYY-MM-DD', '' when not set (shown as 全部). */
  from: string;
  to: string;
  /** A day was picked for one end. */
  onPick: (end: RangeEnd, day: string) => void;
}

/**
 * The 起始时间 and 结束时间 conditions of a query screen, each a cell that opens a date picker (days
 * from ten years back to today). Goes inside the screen's `Cell.Group`.
 */
export function QueryDateRange({ from, to, onPick }: QueryDateRangeProps) {
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
          if (open) onPick(open, pickedDay(values));
        }}
        onClose={() => {
          setOpen(undefined);
        }}
      />
    </>
  );
}
