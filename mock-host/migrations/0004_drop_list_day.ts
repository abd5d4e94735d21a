/**
 * Migration 4: the lists' date filters go by 申报时间 (`declared_day`) alone, so a draft, never declared,
 * is in no date range (申请记录查询 opens without dates, so its drafts show); the day a draft used to be
 * found by, its last change's, is no longer kept.
 */
export default /* sql */ `
ALTER TABLE declarations DROP COLUMN list_day;
`;
