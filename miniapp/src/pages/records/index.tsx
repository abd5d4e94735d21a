import { QueryScreen } from '../../ui/QueryScreen';

/** 进境/进口申报单申请记录查询: by 预录入编号; a row opens its 详情 with 修改, 复制, 删除. */
export default function RecordsPage() {
  return <QueryScreen origin="records" />;
}
