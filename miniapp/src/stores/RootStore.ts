import { reaction } from 'mobx';
import { createServices } from '../services/createServices';
import type { AppServices, ServicesOptions } from '../services/createServices';
import { platformElderModeEnvironment } from '../services/platformElderModeEnvironment';
import { ConnectivityStore } from './ConnectivityStore';
import { DeclarationForm } from './DeclarationForm';
import { DeclarationListsStore } from './DeclarationListsStore';
import { ElderMode } from './ElderMode';
import { KeptForms } from './keptForms';
import { SessionStore } from './SessionStore';
import { SubmitFlow } from './SubmitFlow';

/**
 * Creates and owns every store; pages reach it through {@link useStores}. Domain stores hold what the
 * user entered, so a session timeout and a new login lose nothing; the form is also kept on the phone
 * as it changes, and a 暂存 made offline is sent when the network returns.
 */
export class RootStore {
  readonly services: AppServices;
  readonly session: SessionStore;
  /** The query screens (申请记录查询, 单据查询), the 详情 and the 待认证列表. */
  readonly lists: DeclarationListsStore;
  /** The form of 单据申报, 修改, 复制 and 变更. */
  readonly declarationForm: DeclarationForm;
  /** The 申报 of that form. */
  readonly submitFlow: SubmitFlow;
  /** Whether the phone is online (started by the app shell). */
  readonly connectivity: ConnectivityStore;
  /** 长辈模式: large text and tap targets, following the system's font size or the user's choice. */
  readonly elderMode = new ElderMode(platformElderModeEnvironment);

  constructor(options: ServicesOptions = {}) {
    this.services = createServices({
      ...options,
      onSessionExpired: () => {
        this.session.expire();
      },
    });
    this.session = new SessionStore(this.services);
    this.lists = new DeclarationListsStore(this.services, {
      owner: () => `${this.session.account?.maskedIdNumber ?? ''}/${this.session.role ?? ''}`,
    });
    const keptForms = new KeptForms(this.services.deviceStorage);
    this.declarationForm = new DeclarationForm(this.services, this.session, keptForms);
    this.submitFlow = new SubmitFlow(this.services, this.session, this.declarationForm);
    this.connectivity = new ConnectivityStore(this.services.watchNetwork);
    // Each change of the form is kept on the phone at once: a killed app loses nothing typed.
    reaction(
      () => this.declarationForm.keptForm,
      (form) => {
        const owner = this.session.ownerKey;
        if (form !== undefined && owner !== undefined) keptForms.write(owner, form);
      },
    );
    reaction(
      () => this.connectivity.online,
      (online) => {
        if (online) void this.declarationForm.sendQueuedSave();
      },
    );
  }
}
