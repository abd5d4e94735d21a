import type { HostMethods } from '@hushi/bridge-spec/host';
import { captureFaceFrame } from './captureFaceFrame';
import type { FaceCaptureScreen } from './captureFaceFrame';
import type { FaceOutcome, FaceService } from './createFaceService';
import type { HostAccount } from './createHostAccount';
import { createLocationMethod } from './createLocationMethod';
import type { LoginPage } from './createLoginPage';
import { createSignedLocationMethod } from './createSignedLocationMethod';
import type { TicketSigner } from './createTicketSigner';
import { HostFailure } from '@hushi/bridge-spec/host';

/** What the web host's methods work with. */
export interface HostMethodsDependencies {
  account: HostAccount;
  loginPage: LoginPage;
  faces: FaceService;
  /** The host's signing key (the face service's): signs challenged fixes. */
  signer: TicketSigner;
  faceScreen: FaceCaptureScreen;
  /** The face outcome control's current value. */
  faceOutcome(): FaceOutcome;
  /** Starts closing the mini-app (hides its frame; the page and the frame's state stay). */
  closeMiniapp(): void;
  /** The browser's Geolocation API. Default: `navigator.geolocation`. */
  geolocation?: Geolocation;
}

const notLoggedIn = (): HostFailure => new HostFailure('NOT_LOGGED_IN', 'Nobody is logged in to the host');

/** Every method of the bridge but `host.getInfo` (which the bridge answers), on browser APIs. */
export function createHostMethods(deps: HostMethodsDependencies): HostMethods {
  const { account } = deps;
  return {
    'auth.getSession': () => {
      const code = account.authCode();
      return code ? Promise.resolve(code) : Promise.reject(notLoggedIn());
    },
    'auth.login': async ({ reason }) => {
      if (!account.current()) {
        if (!(await deps.loginPage.ask(reason))) {
          throw new HostFailure('CANCELLED', 'The user closed the login page');
        }
        account.logIn();
      }
      const code = account.authCode();
      if (!code) throw notLoggedIn();
      return code;
    },
    'location.get': createSignedLocationMethod({
      locate: createLocationMethod(deps.geolocation),
      signer: deps.signer,
      personId: () => account.current()?.personId,
    }),
    'face.verify': async (params) => {
      const person = account.current();
      if (!person) throw notLoggedIn();
      const frame = await captureFaceFrame(deps.faceScreen);
      const ticket = await deps.faces.verify({
        ...params,
        personId: person.personId,
        frame,
        outcome: deps.faceOutcome(),
      });
      return { ticket };
    },
    'app.close': () => {
      deps.closeMiniapp();
      return Promise.resolve({});
    },
  };
}
