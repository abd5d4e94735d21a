import './webSemantics.css';

/** How an element NutUI or Taro renders gets its web role, and its state from its classes. */
interface RoleRule {
  selector: string;
  role: string;
  /** The class of the element while it is disabled (`aria-disabled`, out of the tab order). */
  disabledClass?: string;
  /** The class of a tab while it is the one shown (`aria-selected`). */
  selectedClass?: string;
}

/**
 * The roles of NutUI's and Taro's H5 elements that have none: they render as `<div>`s and Taro's custom
 * elements (`taro-button-core` is no `<button>`). A role the app set itself is kept.
 */
const ROLE_RULES: readonly RoleRule[] = [
  { selector: 'taro-button-core', role: 'button', disabledClass: 'nut-button-disabled' },
  { selector: '.nut-cell-clickable', role: 'button' },
  { selector: '.nut-tabs-list', role: 'tablist' },
  {
    selector: '.nut-tabs-titles-item',
    role: 'tab',
    selectedClass: 'nut-tabs-titles-item-active',
    disabledClass: 'nut-tabs-titles-item-disabled',
  },
  { selector: '.nut-noticebar', role: 'alert' },
  // Taro's H5 toast (暂存成功, 申报成功).
  { selector: '.taro__toast', role: 'status' },
];

/** Taro's page container, which scrolls: a keyboard scrolls it once it can take the focus. */
const SCROLLING_PAGE = '.taro_page';

/** Roles of what a user operates: in the tab order, and Enter or Space acts as a tap. */
const OPERABLE_ROLES: ReadonlySet<string> = new Set(['button', 'tab', 'radio', 'switch', 'checkbox']);

/** What may need a role, a state or the focus: WeChat's `aria-role`, explicit roles, the rules, pages. */
const CANDIDATES = ['[aria-role]', '[role]', SCROLLING_PAGE, ...ROLE_RULES.map((rule) => rule.selector)].join(
  ',',
);

/** Sets an attribute when it differs (setting the same value again would be a mutation too). */
function setAttribute(element: Element, name: string, value: string | undefined): void {
  if (value === undefined) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) {
    element.setAttribute(name, value);
  }
}

/** Gives `element` its web role, state and place in the tab order. */
function applySemantics(element: Element): void {
  // NutUI and Taro write WeChat's `aria-role`, which is no ARIA attribute on the web.
  const miniProgramRole = element.getAttribute('aria-role');
  if (miniProgramRole !== null) {
    setAttribute(element, 'role', miniProgramRole);
    element.removeAttribute('aria-role');
  }
  for (const rule of ROLE_RULES) {
    if (!element.matches(rule.selector)) continue;
    if (!element.hasAttribute('role')) element.setAttribute('role', rule.role);
    if (rule.disabledClass)
      setAttribute(
        element,
        'aria-disabled',
        element.classList.contains(rule.disabledClass) ? 'true' : undefined,
      );
    if (rule.selectedClass)
      setAttribute(element, 'aria-selected', String(element.classList.contains(rule.selectedClass)));
  }
  if (OPERABLE_ROLES.has(element.getAttribute('role') ?? '')) {
    setAttribute(element, 'tabindex', element.getAttribute('aria-disabled') === 'true' ? '-1' : '0');
  } else if (element.matches(SCROLLING_PAGE)) {
    setAttribute(element, 'tabindex', '0');
  }
}

function applyWithin(root: Element): void {
  if (root.matches(CANDIDATES)) applySemantics(root);
  root.querySelectorAll(CANDIDATES).forEach(applySemantics);
}

/** Enter or Space on an operable element taps it, as on a `<button>`. */
function activateOnKey(event: KeyboardEvent): void {
  if (event.key !== 'Enter' && event.key !== ' ') return;
  const target = event.target;
  if (!(target instanceof HTMLElement) || !OPERABLE_ROLES.has(target.getAttribute('role') ?? '')) return;
  if (target.getAttribute('aria-disabled') === 'true') return;
  event.preventDefault();
  target.click();
}

/**
 * Gives the H5 screens the web's semantics, which Taro's and NutUI's H5 elements lack: NutUI's
 * buttons, clickable cells, tabs and notices get their roles and states (disabled, selected) from
 * {@link ROLE_RULES}, WeChat's `aria-role` becomes `role`, operable elements enter the tab order and
 * answer Enter and Space, and a page that scrolls can take the focus (a page of text alone, 常见问题 at
 * large text, is scrolled by keyboard so). Elements are adapted as they are added and as their classes
 * change.
 */
export function startWebSemantics(): void {
  const root = document.documentElement;
  new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === 'attributes') {
        if (record.target instanceof Element && record.target.matches(CANDIDATES))
          applySemantics(record.target);
      } else {
        record.addedNodes.forEach((node) => {
          if (node instanceof Element) applyWithin(node);
        });
      }
    }
  }).observe(root, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['class', 'aria-role', 'aria-disabled'],
  });
  applyWithin(root);
  document.addEventListener('keydown', activateOnKey);
}
