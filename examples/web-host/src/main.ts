// The reference web host's page: embeds the H5 mini-app in an iframe and implements the bridge's
// WebView binding over postMessage, with the browser's Geolocation API, the camera and a mock face
// service; the controls on the page put the host in each condition of the conformance suite.
import { base64url } from 'jose';
import type { BridgeEvents, EventName } from '@hushi/bridge-spec';
import { connectMiniappFrame } from './connectMiniappFrame';
import { createFaceService, FACE_OUTCOME_LABELS } from './createFaceService';
import type { FaceOutcome } from './createFaceService';
import { createHostAccount } from './createHostAccount';
import { createHostBridge } from './createHostBridge';
import { createHostMethods } from './createHostMethods';
import { createLoginPage } from './createLoginPage';
import { createTicketSigner } from './createTicketSigner';

/** How long 慢响应 holds every reply but host.getInfo's, ms (the suite's `host.slowReplies`). */
const SLOW_REPLY_MS = 500;
/**
 * The query parameter in which the H5 dev build's mock backend takes this host's key to trust, for its
 * face and location tickets (HOST_FACE_KEY_PARAM of @hushi/mock-host); a real backend is configured
 * with the key instead.
 */
const FACE_KEY_PARAM = 'hostFaceKey';
/** Entries kept in the page's log. */
const LOG_SIZE = 300;

/** The host page's element `#id`, checked to be a `type`. */
function element<T extends HTMLElement>(id: string, type: abstract new () => T): T {
  const found = document.getElementById(id);
  if (!(found instanceof type)) throw new Error(`The host page has no ${type.name} #${id}`);
  return found;
}

const isFaceOutcome = (value: string): value is FaceOutcome =>
  Object.prototype.hasOwnProperty.call(FACE_OUTCOME_LABELS, value);

const logList = element('log', HTMLOListElement);
function log(text: string): void {
  const entry = document.createElement('li');
  entry.textContent = `${new Date().toISOString().slice(11, 23)} ${text}`;
  logList.prepend(entry);
  while (logList.children.length > LOG_SIZE) logList.lastElementChild?.remove();
}

/** The request's method and id, for the log, when the text is a request at all. */
function describeRequest(data: unknown): { method: string; id: string } | undefined {
  if (typeof data !== 'string') return undefined;
  try {
    const value = JSON.parse(data) as { method?: unknown; id?: unknown } | null;
    return {
      method: typeof value?.method === 'string' ? value.method : '?',
      id: typeof value?.id === 'string' ? value.id : '?',
    };
  } catch {
    return undefined;
  }
}

// ---- the mini-app frame ----
// The mini-app's origin comes from the server's configuration (the host's allowlist), never from this
// page's URL; `?page=` only picks a page of the mini-app (a hash route), e.g. /pages/conformance/index.
const miniappUrl = new URL(element('host', HTMLElement).dataset.miniappUrl ?? '');
const miniappOrigin = miniappUrl.origin;
const frame = element('miniapp', HTMLIFrameElement);
const closedPanel = element('closed', HTMLElement);
const page = new URLSearchParams(location.search).get('page');
miniappUrl.searchParams.set('hostOrigin', location.origin);
if (page?.startsWith('/pages/')) miniappUrl.hash = `#${page}`;
// One key signs the face tickets and the location tickets.
const signer = createTicketSigner();
const faces = createFaceService(signer);
// The frame loads once the key is there to hand over, and the page shows the key for a backend.
void signer.publicJwk().then((jwk) => {
  miniappUrl.searchParams.set(FACE_KEY_PARAM, base64url.encode(JSON.stringify(jwk)));
  frame.src = miniappUrl.href;
  element('face-key', HTMLElement).textContent = JSON.stringify(jwk);
});

let handshaken = false;
frame.addEventListener('load', () => {
  // A new document in the frame must shake hands before it gets events.
  handshaken = false;
});

const account = createHostAccount();
const loginPage = createLoginPage({
  overlay: element('login-page', HTMLElement),
  reason: element('login-reason', HTMLElement),
  confirm: element('login-confirm', HTMLButtonElement),
  cancel: element('login-cancel', HTMLButtonElement),
});
const faceOutcome = element('face-outcome', HTMLSelectElement);
const failing = element('fail-all', HTMLInputElement);
const slow = element('slow', HTMLInputElement);
const visibilityStatus = element('visibility-status', HTMLElement);

const bridge = createHostBridge({
  identity: { hostName: 'hushi-web-host', hostVersion: '0.1.0', platform: 'web' },
  methods: createHostMethods({
    account,
    loginPage,
    faces,
    signer,
    faceScreen: {
      overlay: element('face-capture', HTMLElement),
      video: element('face-video', HTMLVideoElement),
      canvas: element('face-canvas', HTMLCanvasElement),
    },
    faceOutcome: () => (isFaceOutcome(faceOutcome.value) ? faceOutcome.value : 'pass'),
    closeMiniapp,
  }),
  async around(_method, run) {
    if (failing.checked) throw new Error('simulated failure of a native module');
    if (slow.checked) await new Promise((resolve) => setTimeout(resolve, SLOW_REPLY_MS));
    return run();
  },
  warn: (message) => {
    log(`⚠ ${message}`);
  },
});

const channel = connectMiniappFrame({
  frame,
  miniappOrigin,
  receive(data) {
    const request = describeRequest(data);
    if (request) log(`→ ${request.method} (id ${request.id})`);
    void bridge.handle(data).then((reply) => {
      if (reply === null) return;
      if (request?.method === 'host.getInfo' && (JSON.parse(reply) as { ok: boolean }).ok) handshaken = true;
      log(`← ${request?.method ?? '?'} (id ${request?.id ?? '?'}) ${reply.slice(0, 160)}`);
      channel.post(reply);
    });
  },
  ignored(reason) {
    log(`✕ ignored ${reason}`);
  },
});

function sendEvent<E extends EventName>(event: E, data: BridgeEvents[E]): void {
  if (!handshaken) {
    log(`event ${event} not sent: the mini-app has not shaken hands yet`);
    return;
  }
  log(`⇠ event ${event} ${JSON.stringify(data)}`);
  channel.post(bridge.event(event, data));
}

// ---- app.close and 重新打开 ----
function closeMiniapp(): void {
  frame.hidden = true;
  closedPanel.hidden = false;
  sendEvent('app.visibility', { visible: false });
}
element('reopen', HTMLElement).addEventListener('click', () => {
  frame.hidden = false;
  closedPanel.hidden = true;
  sendEvent('app.visibility', { visible: true });
});

// ---- account: 登录 / 退出登录 (session.expired) ----
const accountStatus = element('account-status', HTMLElement);
const logInButton = element('log-in', HTMLButtonElement);
const logOutButton = element('log-out', HTMLButtonElement);
function showAccount(): void {
  const person = account.current();
  accountStatus.textContent = person ? `已登录：${person.name}（${person.personId}）` : '未登录';
  logInButton.disabled = person !== undefined;
  logOutButton.disabled = person === undefined;
}
account.onChange(showAccount);
showAccount();
logInButton.addEventListener('click', () => {
  account.logIn();
});
logOutButton.addEventListener('click', () => {
  if (account.logOut()) sendEvent('session.expired', { reason: 'logout' });
});

// ---- app.visibility: the page's own visibility, and 切到后台 / 回到前台 ----
function visibility(visible: boolean): void {
  visibilityStatus.textContent = visible ? '前台' : '后台';
  sendEvent('app.visibility', { visible });
}
document.addEventListener('visibilitychange', () => {
  if (!frame.hidden) visibility(document.visibilityState === 'visible');
});
element('to-background', HTMLElement).addEventListener('click', () => {
  visibility(false);
});
element('to-foreground', HTMLElement).addEventListener('click', () => {
  visibility(true);
});

log(`host ready; mini-app ${miniappOrigin}`);
