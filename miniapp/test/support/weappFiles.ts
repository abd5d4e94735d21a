// The phone's files in the simulated WeChat: what its pickers give (`wx.showActionSheet`,
// `wx.chooseMessageFile`, `wx.chooseImage`) as temp files, and `wx.uploadFile`, which posts a temp file
// as `multipart/form-data` to a real server and reports progress through its UploadTask.

/** A file the user will pick: its name and bytes. */
export interface SimulatedFile {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
}

/** What the user does at the next pick. */
export interface SimulatedPick {
  /** The action sheet's choice (0, 1, …), or undefined to cancel it. */
  actionSheet: number | undefined;
  /** The file a chat holds (`chooseMessageFile`) or the photo taken (`chooseImage`). */
  file: SimulatedFile;
}

/** A `wx.uploadFile` as the app made it, before its origin was rewritten. */
export interface RecordedUpload {
  url: string;
  /** The form field the file went in. */
  name: string;
  /** The temp path sent, and the name of the file it holds. */
  filePath: string;
  fileName: string;
  /** The other form fields sent. */
  formData: Record<string, unknown>;
  /** Headers as the app set them, names lower-cased. */
  headers: Record<string, string>;
  /** Every progress the task reported, in percent. */
  progress: number[];
}

/** The phone's files, for a test to steer and read. */
export interface SimulatedFiles {
  /** Sets what the user picks next (until set again). */
  willPick(pick: SimulatedPick): void;
  /** Every upload, in order. */
  readonly uploads: readonly RecordedUpload[];
}

type Callback = (...args: unknown[]) => unknown;
type WxOptions = Record<string, unknown> & { success?: Callback; fail?: Callback; complete?: Callback };
type Respond = (
  options: WxOptions,
  api: string,
  outcome: { ok: true; result?: object } | { ok: false; reason: string },
) => void;

/** What the runtime lends the file APIs. */
export interface FileApiDeps {
  respond: Respond;
  /** Runs a callback of the app from outside, as the runtime does (a throw is logged). */
  guard: (what: string, run: () => unknown) => void;
  /** Copies plain data into the app's realm. */
  toRealm: <T>(value: T) => T;
  /** Where a URL of the build really goes. */
  rewrite: (url: string) => string;
  /** Whether the phone is connected. */
  connected: () => boolean;
  /** Aborts in-flight work when the runtime closes. */
  inFlight: Set<AbortController>;
}

/** The last path segment's ending, kept on the temp path as WeChat keeps it (`wxfile://tmp_3.pdf`). */
const endingOf = (name: string): string => /\.[A-Za-z0-9]+$/.exec(name)?.[0].toLowerCase() ?? '';

/**
 * The file pickers and `wx.uploadFile` of the simulated WeChat. A picked file becomes a temp path the
 * app may upload; an upload sends its bytes with `fetch`, reports 50 % and 100 % through
 * `onProgressUpdate`, and answers `{ statusCode, data }` (the reply's text), or fails
 * ("uploadFile:fail") when the phone is offline or no reply comes back.
 */
export function createFileApis({ respond, guard, toRealm, rewrite, connected, inFlight }: FileApiDeps): {
  files: SimulatedFiles;
  wx: Record<string, unknown>;
} {
  let pick: SimulatedPick | undefined;
  let nextTemp = 1;
  const temps = new Map<string, SimulatedFile>();
  const uploads: RecordedUpload[] = [];

  /** The picked file as a new temp file. */
  const takeTemp = (): { path: string; file: SimulatedFile } | undefined => {
    if (pick === undefined) return undefined;
    const path = `wxfile://tmp_${nextTemp++}${endingOf(pick.file.name)}`;
    temps.set(path, pick.file);
    return { path, file: pick.file };
  };

  const wx = {
    showActionSheet(options: WxOptions) {
      const tap = pick?.actionSheet;
      respond(
        options,
        'showActionSheet',
        tap === undefined ? { ok: false, reason: 'cancel' } : { ok: true, result: { tapIndex: tap } },
      );
    },
    chooseMessageFile(options: WxOptions) {
      const temp = takeTemp();
      respond(
        options,
        'chooseMessageFile',
        temp === undefined
          ? { ok: false, reason: 'cancel' }
          : {
              ok: true,
              result: {
                tempFiles: [
                  {
                    path: temp.path,
                    name: temp.file.name,
                    size: temp.file.bytes.length,
                    type: 'file',
                    time: 0,
                  },
                ],
              },
            },
      );
    },
    chooseImage(options: WxOptions) {
      const temp = takeTemp();
      respond(
        options,
        'chooseImage',
        temp === undefined
          ? { ok: false, reason: 'cancel' }
          : {
              ok: true,
              result: {
                tempFilePaths: [temp.path],
                tempFiles: [{ path: temp.path, size: temp.file.bytes.length }],
              },
            },
      );
    },
    uploadFile(options: WxOptions) {
      const url = String(options.url);
      const filePath = String(options.filePath);
      const headers = Object.fromEntries(
        Object.entries((options.header ?? {}) as Record<string, string>).map(([n, v]) => [
          n.toLowerCase(),
          v,
        ]),
      );
      const file = temps.get(filePath);
      const record: RecordedUpload = {
        url,
        name: String(options.name),
        filePath,
        fileName: file?.name ?? '',
        formData: { ...((options.formData ?? {}) as Record<string, unknown>) },
        headers,
        progress: [],
      };
      uploads.push(record);
      const listeners = new Set<Callback>();
      const controller = new AbortController();
      const report = (percent: number, size: number): void => {
        record.progress.push(percent);
        const sent = Math.round((size * percent) / 100);
        for (const listener of listeners)
          guard('onProgressUpdate', () =>
            listener(toRealm({ progress: percent, totalBytesSent: sent, totalBytesExpectedToSend: size })),
          );
      };
      const send = async (): Promise<object> => {
        if (file === undefined) throw new Error('no such temp file');
        const form = new FormData();
        for (const [key, value] of Object.entries((options.formData ?? {}) as Record<string, unknown>))
          form.append(key, String(value));
        // WeChat names the part by the temp path: the picked file's name travels only in `formData`.
        form.append(record.name, new Blob([file.bytes]), filePath.split('/').pop());
        report(50, file.bytes.length);
        const response = await fetch(rewrite(url), {
          method: 'POST',
          headers,
          body: form,
          signal: controller.signal,
        });
        report(100, file.bytes.length);
        return { statusCode: response.status, data: await response.text() };
      };
      if (!connected()) respond(options, 'uploadFile', { ok: false, reason: '' });
      else {
        inFlight.add(controller);
        send().then(
          (result) => {
            inFlight.delete(controller);
            respond(options, 'uploadFile', { ok: true, result });
          },
          (error: unknown) => {
            inFlight.delete(controller);
            respond(options, 'uploadFile', {
              ok: false,
              reason: error instanceof Error ? error.message : '',
            });
          },
        );
      }
      return {
        onProgressUpdate(listener: Callback) {
          listeners.add(listener);
        },
        offProgressUpdate(listener: Callback) {
          listeners.delete(listener);
        },
        onHeadersReceived() {},
        offHeadersReceived() {},
        abort() {
          controller.abort();
        },
      };
    },
  };
  return {
    files: {
      willPick(next) {
        pick = next;
      },
      uploads,
    },
    wx,
  };
}
