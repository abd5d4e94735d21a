import { ATTACHMENT_TYPES } from '@hushi/sdk';
import type { AttachmentPickButtonProps } from './AttachmentPickButton';

export type { AttachmentPickButtonProps } from './AttachmentPickButton';

/** What the file input offers: the allowed endings and content types. */
const ACCEPT = ATTACHMENT_TYPES.flatMap((t) => [...t.extensions.map((e) => `.${e}`), t.contentType]).join(
  ',',
);

/**
 * The H5 build's 附件 picker: a file input (camera or files, as the phone's browser offers) inside its
 * label, which is what the user taps; the input stays focusable for a keyboard and a screen reader.
 */
export function AttachmentPickButton({ label, disabled, onPick }: AttachmentPickButtonProps) {
  return (
    <label
      className={`attachment__pick attachment__pick--h5${disabled ? ' attachment__pick--disabled' : ''}`}
    >
      <input
        type="file"
        className="attachment__input"
        accept={ACCEPT}
        disabled={disabled}
        onChange={(event) => {
          const input = event.currentTarget;
          const file = input.files?.[0];
          // Cleared, so that picking the same file again (after a refusal) is a change too.
          input.value = '';
          if (file) onPick({ name: file.name, size: file.size, source: file });
        }}
      />
      {label}
    </label>
  );
}
