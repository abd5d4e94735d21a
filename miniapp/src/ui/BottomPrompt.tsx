import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';

/** Props of {@link BottomPrompt}. */
export interface BottomPromptProps {
  message: string | undefined;
  /** A second line (distance and direction to the fence, what to do next). */
  detail?: string | undefined;
  /** A button under the message, e.g. 重新定位. */
  action?: { label: string; onClick: () => void } | undefined;
}

/**
 * The red prompt fixed at the bottom of the screen ("界面底端弹出红色提示"), announced by screen readers;
 * nothing without a message.
 */
export function BottomPrompt({ message, detail, action }: BottomPromptProps) {
  if (!message) return null;
  return (
    <View className="bottom-prompt" role="alert">
      <Text className="bottom-prompt__message">{message}</Text>
      {detail && <Text className="bottom-prompt__detail">{detail}</Text>}
      {action && (
        <Button size="small" className="bottom-prompt__action" onClick={action.onClick}>
          {action.label}
        </Button>
      )}
    </View>
  );
}
