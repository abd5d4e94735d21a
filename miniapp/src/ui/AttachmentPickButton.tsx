import { Button } from '@nutui/nutui-react-taro';
import type { UploadFile } from '@hushi/sdk';
import { pickAttachment } from './pickAttachment';

/** Props of {@link AttachmentPickButton} (and of its H5 twin, `AttachmentPickButton.h5.tsx`). */
export interface AttachmentPickButtonProps {
  label: string;
  disabled: boolean;
  onPick: (file: UploadFile) => void;
}

/**
 * The button that picks a 附件 in WeChat: an action sheet of a file from a chat or a photo
 * (`pickAttachment`). The H5 build resolves `AttachmentPickButton.h5.tsx` instead, a file input.
 */
export function AttachmentPickButton({ label, disabled, onPick }: AttachmentPickButtonProps) {
  return (
    <Button
      size="small"
      type="primary"
      fill="outline"
      className="attachment__pick"
      disabled={disabled}
      onClick={() => {
        void pickAttachment().then((file) => {
          if (file) onPick(file);
        });
      }}
    >
      {label}
    </Button>
  );
}
