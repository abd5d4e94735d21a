import { DeclarationForm } from './DeclarationForm';
import type { RootStore } from './RootStore';
import { SubmitFlow } from './SubmitFlow';
import { useStores } from './storeContext';

/** The form of 单据申报, 修改, 复制 and 变更, and the 申报 of that form. */
export interface DeclarationEditing {
  form: DeclarationForm;
  flow: SubmitFlow;
}

function createDeclarationEditing(root: RootStore): DeclarationEditing {
  const form = new DeclarationForm(root.services, root.session);
  return { form, flow: new SubmitFlow(root.services, root.session, form) };
}

/** The declaration form and its 申报, made when the form first opens and kept by the {@link RootStore}. */
export function useDeclarationForm(): DeclarationEditing {
  return useStores().attach(createDeclarationEditing);
}
