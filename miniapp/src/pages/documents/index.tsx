import { QueryScreen } from '../../ui/QueryScreen';

/** 进境/进口申报单单据查询: by 申报单号; a row opens its 详情 with 变更, 撤销. */
export default function DocumentsPage() {
  return <QueryScreen origin="documents" />;
}
