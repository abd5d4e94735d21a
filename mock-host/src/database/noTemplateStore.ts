import type { TemplateStore } from './templateStore';

/** In a browser nothing is kept across pages: each realm makes its template once. */
export const templateStore: TemplateStore = {
  read: () => Promise.resolve(undefined),
  write: () => Promise.resolve(),
};
