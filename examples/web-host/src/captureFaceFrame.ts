import { HostFailure } from '@hushi/bridge-spec/host';

/** The page elements of the host's face capture screen. */
export interface FaceCaptureScreen {
  /** Shown while capturing. */
  overlay: HTMLElement;
  /** The camera's live picture. */
  video: HTMLVideoElement;
  /** Receives the captured frame. */
  canvas: HTMLCanvasElement;
}

/** How long the camera may take to deliver a picture, ms. */
const CAPTURE_TIMEOUT_MS = 15_000;

/** getUserMedia's refusals (the user, the browser's settings or the page's permissions policy). */
const REFUSALS = new Set(['NotAllowedError', 'SecurityError']);

function cameraFailure(error: unknown): HostFailure {
  const name = error instanceof DOMException ? error.name : 'Error';
  if (REFUSALS.has(name))
    return new HostFailure('PERMISSION_DENIED', 'The browser refused camera permission');
  return new HostFailure('INTERNAL', `The camera could not start (${name})`);
}

function firstFrame(video: HTMLVideoElement): Promise<void> {
  if (video.readyState >= HTMLMediaElement.HAVE_CURRENT_DATA && video.videoWidth > 0) {
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    video.addEventListener(
      'loadeddata',
      () => {
        resolve();
      },
      { once: true },
    );
  });
}

/**
 * Opens the camera (getUserMedia), shows its picture on the capture screen and captures one frame into
 * the canvas: real capture, so a refused camera is PERMISSION_DENIED and a missing one INTERNAL.
 * @returns the captured frame, JPEG bytes, for the face service.
 */
export async function captureFaceFrame(screen: FaceCaptureScreen): Promise<ArrayBuffer> {
  // Browsers have no mediaDevices outside secure contexts (https, or a loopback http origin).
  const mediaDevices = navigator.mediaDevices as MediaDevices | undefined;
  if (!mediaDevices) {
    throw new HostFailure('INTERNAL', 'This browser has no camera API');
  }
  let stream: MediaStream;
  try {
    stream = await mediaDevices.getUserMedia({ video: { facingMode: 'user' }, audio: false });
  } catch (error) {
    throw cameraFailure(error);
  }
  screen.overlay.hidden = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    screen.video.srcObject = stream;
    await Promise.race([
      screen.video.play().then(() => firstFrame(screen.video)),
      new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => {
          reject(new HostFailure('TIMEOUT', `The camera gave no picture within ${CAPTURE_TIMEOUT_MS} ms`));
        }, CAPTURE_TIMEOUT_MS);
      }),
    ]);
    const { videoWidth: width, videoHeight: height } = screen.video;
    screen.canvas.width = width;
    screen.canvas.height = height;
    const context = screen.canvas.getContext('2d');
    if (!context) throw new HostFailure('INTERNAL', 'No 2D canvas to capture into');
    context.drawImage(screen.video, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => {
      screen.canvas.toBlob(resolve, 'image/jpeg', 0.8);
    });
    if (!blob || blob.size === 0) throw new HostFailure('INTERNAL', 'The captured frame is empty');
    return await blob.arrayBuffer();
  } finally {
    clearTimeout(timer);
    for (const track of stream.getTracks()) track.stop();
    screen.video.srcObject = null;
    screen.overlay.hidden = true;
  }
}
