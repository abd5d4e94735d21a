import { reaction } from 'mobx';
import { DeclarationForm } from './DeclarationForm';
import { KeptForms } from './keptForms';
import type { RootStore } from './RootStore';
import { SubmitFlow } from './SubmitFlow';
import { useStores } from './storeContext';

/** The form of 单据申报, 修改, 复制 and 变更, and the 申报 of that form. */
export interface DeclarationEditing {
  form: DeclarationForm;
  flow: SubmitFlow;
}

/**
 * Makes the form and its 申报, and ties the form to the phone: each change is kept in the phone's
 * storage at once (a killed app loses nothing typed), and a 暂存 made offline is sent when the network
 * returns.
 */
export function createDeclarationEditing(root: RootStore): DeclarationEditing {
  const keptForms = new KeptForms(root.services.deviceStorage);
  const form = new DeclarationForm(root.services, root.session, keptForms);
  reaction(
    () => form.keptForm,
    (kept) => {
      const owner = root.session.ownerKey;
      if (kept !== undefined && owner !== undefined) keptForms.write(owner, kept);
    },
  );
  reaction(
    () => root.connectivity.online,
    (online) => {
      if (online) void form.sendQueuedSave();
    },
  );
  return { form, flow: new SubmitFlow(root.services, root.session, form) };
}

/** The declaration form and its 申报, made when the form first opens and kept by the {@link RootStore}. */
export function useDeclarationForm(): DeclarationEditing {
  return useStores().attach(createDeclarationEditing);
}
