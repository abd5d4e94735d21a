import { Text } from '@tarojs/components';
import { Cell } from '@nutui/nutui-react-taro';
import { FAQ } from '../../faq';
import { MESSAGES } from '../../messages';
import { PageRoot } from '../../ui/PageRoot';

/** 常见问题: the manual's three cases and their solutions, and the credit the boundary data asks for. */
export default function FaqPage() {
  return (
    <PageRoot>
      {FAQ.map((item, index) => (
        <Cell.Group key={item.question} title={`${index + 1}. ${item.question}`}>
          <Cell>
            <Text>解决方法：{item.answer}</Text>
          </Cell>
        </Cell.Group>
      ))}
      <Text className="data-credit">{MESSAGES.boundaryDataCredit}</Text>
    </PageRoot>
  );
}
