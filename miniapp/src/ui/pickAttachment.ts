import Taro from '@tarojs/taro';
import { ATTACHMENT_TYPES } from '@hushi/sdk';
import type { UploadFile } from '@hushi/sdk';

/** The action sheet's choices, in the words of WeChat's own pickers. */
const SOURCES = ['从聊天记录选择文件', '拍照或从相册选择'] as const;

/**
 * `chooseMessageFile` through its callbacks: Taro 4 promisifies only the APIs on its list, and this one is
 * not on it, so in the WeChat build `Taro.chooseMessageFile` returns nothing to await.
 */
function chooseMessageFile(
  option: Omit<Taro.chooseMessageFile.Option, 'success' | 'fail'>,
): Promise<Taro.chooseMessageFile.SuccessCallbackResult> {
  return new Promise((resolve, reject) => {
    void Taro.chooseMessageFile({ ...option, success: resolve, fail: reject });
  });
}

/** The last segment of a temp path, which keeps the file's ending (`wxfile://tmp_ab12.jpg`). */
const baseName = (path: string): string => path.split('/').pop() ?? path;

/**
 * Picks one 附件 in WeChat: an action sheet offers a file from a chat (`chooseMessageFile`, PDF or
 * image) or a photo (`chooseImage`: camera or album). Undefined when the user cancels.
 */
export async function pickAttachment(): Promise<UploadFile | undefined> {
  try {
    const { tapIndex } = await Taro.showActionSheet({ itemList: [...SOURCES] });
    if (tapIndex === 0) {
      const { tempFiles } = await chooseMessageFile({
        count: 1,
        type: 'file',
        extension: ATTACHMENT_TYPES.flatMap((t) => t.extensions),
      });
      const picked = tempFiles[0];
      return picked && { name: picked.name, size: picked.size, source: picked.path };
    }
    const { tempFiles } = await Taro.chooseImage({
      count: 1,
      sizeType: ['compressed'],
      sourceType: ['camera', 'album'],
    });
    const photo = tempFiles[0];
    return photo && { name: baseName(photo.path), size: photo.size, source: photo.path };
  } catch {
    // Cancelled (`…:fail cancel`): nothing picked.
    return undefined;
  }
}
