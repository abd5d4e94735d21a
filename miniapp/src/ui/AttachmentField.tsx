import { useEffect } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { observer } from 'mobx-react-lite';
import { formatFileSize } from '@hushi/sdk';
import type { FieldDefinition } from '@hushi/sdk';
import { MESSAGES } from '../messages';
import type { FormRecord } from '../stores/declarationRecords';
import { useDeclarationForm } from '../stores/useDeclarationForm';
import { AttachmentPickButton } from './AttachmentPickButton';

/** Props of {@link AttachmentField}. */
export interface AttachmentFieldProps {
  field: FieldDefinition;
  /** The 随附单证 line and its index. */
  line: FormRecord;
  index: number;
  /** The field the red prompt is about. */
  invalid: boolean;
}

/**
 * 附件 of a 随附单证 line: pick a file (`AttachmentPickButton`: WeChat's chat files or camera, H5's file
 * input), its upload's progress (a `progressbar`), then its name and size with 删除 and 重新选择; a
 * refused file or a failed upload in red, with 重试 when sending again may help.
 */
export const AttachmentField = observer(function AttachmentField({
  field,
  line,
  index,
  invalid,
}: AttachmentFieldProps) {
  const { form } = useDeclarationForm();
  const uploads = form.attachmentUploads;
  const upload = uploads.uploadOf(line);
  const attachmentId = line.attachmentId ?? '';
  useEffect(() => {
    uploads.load(attachmentId);
  }, [uploads, attachmentId]);
  const info = attachmentId === '' ? undefined : uploads.infoOf(attachmentId);
  const uploading = upload !== undefined && upload.error === undefined;
  const retry = upload?.retry;
  return (
    <View
      className={`form-field form-field--${field.key} attachment${invalid ? ' form-field--invalid' : ''}`}
    >
      <Text className="form-field__label">{field.label}</Text>
      <View className="attachment__body">
        {uploading && (
          <View
            className="attachment__progress"
            role="progressbar"
            aria-label={`${MESSAGES.uploadingAttachment}：${upload.name}`}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={upload.percent}
          >
            <View className="attachment__track">
              <View className="attachment__bar" style={{ width: `${upload.percent}%` }} />
            </View>
            <Text className="attachment__status">{`${MESSAGES.uploadingAttachment}：${upload.name} ${upload.percent}%`}</Text>
          </View>
        )}
        {upload?.error !== undefined && (
          <View className="attachment__failed">
            <View className="attachment__error" role="alert">
              {upload.error}
            </View>
            {retry && (
              <Button
                size="small"
                fill="outline"
                onClick={() => {
                  void form.attachFile(index, retry);
                }}
              >
                {MESSAGES.retry}
              </Button>
            )}
          </View>
        )}
        {!uploading && attachmentId !== '' && (
          <View className="attachment__file">
            <Text className="attachment__name">
              {info ? `${info.name}（${formatFileSize(info.size)}）` : MESSAGES.attachmentUploaded}
            </Text>
            <Button
              size="small"
              fill="none"
              onClick={() => {
                form.removeAttachment(index);
              }}
            >
              {MESSAGES.remove}
            </Button>
          </View>
        )}
        <View className="attachment__actions">
          <AttachmentPickButton
            label={attachmentId !== '' || upload ? MESSAGES.rechooseAttachment : MESSAGES.chooseAttachment}
            disabled={uploading}
            onPick={(file) => {
              void form.attachFile(index, file);
            }}
          />
        </View>
        <Text className="attachment__hint">{MESSAGES.attachmentTypesHint}</Text>
      </View>
    </View>
  );
});
