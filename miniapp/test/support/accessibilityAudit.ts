// An accessibility audit of the H5 screen shown in Chromium: axe-core's rules, the size of what a user
// taps, the size of the text, and text that is clipped or overlaps other text.
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/** axe's impacts, least to most severe. */
export const IMPACTS = ['minor', 'moderate', 'serious', 'critical'] as const;
/** One of {@link IMPACTS}. */
export type Impact = (typeof IMPACTS)[number];

/** An operable element on screen and its size, CSS px. */
export interface TapTarget {
  /** Its role (or tag) and text, to find it in a failure's message. */
  name: string;
  width: number;
  height: number;
}

/** What {@link auditScreen} found on one screen. */
export interface ScreenAudit {
  /** axe's violated rules, by impact. */
  impacts: Record<Impact, number>;
  /** The rules violated, as `rule (impact)`. */
  rules: string[];
  /** The serious and critical violations, as `rule (impact): selector` lines. */
  blocking: string[];
  /** Every operable element on screen: roles button, tab, radio, switch, checkbox, and form controls. */
  targets: TapTarget[];
  /** The smallest computed font size of the text on screen, px. */
  smallestText: number;
  /** Text cut off by an element that hides its overflow (or ellipsis), as `"text" in element`. */
  clipped: string[];
  /** Pairs of texts of different elements drawn over each other, as `"a" × "b"`. */
  overlapping: string[];
  /** In-flow text still under a bar fixed at the bottom once the page is scrolled to its end. */
  hiddenAtEnd: string[];
}

/** What the page reports of its layout, measured in one pass in the browser. */
type Layout = Omit<ScreenAudit, 'impacts' | 'rules' | 'blocking'>;

/**
 * Measures the page on top (Taro's last `.taro_page` shown): runs in the browser, so it uses nothing
 * from outside its body.
 */
function measureLayout(): Layout {
  const pages = [...document.querySelectorAll('.taro_page.taro_page_show')];
  const root = pages.at(-1) ?? document.body;
  const viewportWidth = window.innerWidth;
  const viewportHeight = window.innerHeight;
  const onScreen = (rect: DOMRect): boolean =>
    rect.width > 0 && rect.height > 0 && rect.right > 0 && rect.left < viewportWidth;
  const visible = (element: Element): boolean =>
    element.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true });
  const short = (text: string | null): string => (text ?? '').replace(/\s+/g, ' ').trim().slice(0, 24);
  const describe = (element: Element): string =>
    `${element.getAttribute('role') ?? element.tagName.toLowerCase()} "${short(element.getAttribute('aria-label') ?? element.textContent)}"`;
  const isFixed = (element: Element): boolean => {
    for (
      let current: Element | null = element;
      current && current !== root;
      current = current.parentElement
    ) {
      if (getComputedStyle(current).position === 'fixed') return true;
    }
    return false;
  };
  const round = (value: number): number => Math.round(value * 10) / 10;

  const operable = root.querySelectorAll(
    '[role=button],[role=tab],[role=radio],[role=switch],[role=checkbox],a[href],button,input:not([type=hidden]),textarea,select',
  );
  const targets: TapTarget[] = [];
  for (const element of operable) {
    const rect = element.getBoundingClientRect();
    if (!visible(element) || !onScreen(rect)) continue;
    targets.push({ name: describe(element), width: round(rect.width), height: round(rect.height) });
  }

  interface TextBox {
    element: Element;
    text: string;
    rects: DOMRect[];
    fixed: boolean;
  }
  const boxes: TextBox[] = [];
  const clipped: string[] = [];
  let smallestText = Number.POSITIVE_INFINITY;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const element = node.parentElement;
    const text = short(node.textContent);
    if (!element || text === '' || !visible(element)) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    const rects = [...range.getClientRects()].filter(onScreen);
    if (rects.length === 0) continue;
    smallestText = Math.min(smallestText, parseFloat(getComputedStyle(element).fontSize));
    boxes.push({ element, text, rects, fixed: isFixed(element) });
    const style = getComputedStyle(element);
    if (style.textOverflow === 'ellipsis' && element.scrollWidth > element.clientWidth + 1) {
      clipped.push(`"${text}" in ${describe(element)} (ellipsis)`);
      continue;
    }
    for (let clip = element; clip !== root && clip.parentElement; clip = clip.parentElement) {
      const { overflowX, overflowY } = getComputedStyle(clip);
      const hides = (overflow: string): boolean => overflow === 'hidden' || overflow === 'clip';
      if (!hides(overflowX) && !hides(overflowY)) continue;
      const box = clip.getBoundingClientRect();
      const outside = rects.some(
        (rect) =>
          (hides(overflowX) && (rect.left < box.left - 1 || rect.right > box.right + 1)) ||
          (hides(overflowY) && (rect.top < box.top - 1 || rect.bottom > box.bottom + 1)),
      );
      if (outside) {
        clipped.push(`"${text}" in ${describe(clip)}`);
        break;
      }
    }
  }

  const overlapping: string[] = [];
  const intersect = (a: DOMRect, b: DOMRect): boolean =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
    Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i] as TextBox;
      const b = boxes[j] as TextBox;
      // Content scrolls under a fixed bar by design; bars are compared with bars, content with content.
      if (a.element === b.element || a.fixed !== b.fixed) continue;
      if (a.rects.some((rectA) => b.rects.some((rectB) => intersect(rectA, rectB))))
        overlapping.push(`"${a.text}" × "${b.text}"`);
    }
  }

  // At the end of the page, the last content must come clear of the bars fixed at the bottom.
  root.scrollTop = root.scrollHeight;
  window.scrollTo(0, document.documentElement.scrollHeight);
  const barTops = boxes
    .filter((box) => box.fixed)
    .map((box) => box.element.closest('.bottom-prompt, .declare__actions, .action-bar') ?? box.element)
    .map((bar) => bar.getBoundingClientRect())
    .filter((rect) => rect.bottom >= viewportHeight - 1)
    .map((rect) => rect.top);
  const barTop = Math.min(viewportHeight, ...barTops);
  const hiddenAtEnd = boxes
    .filter((box) => !box.fixed)
    .filter((box) => box.element.getBoundingClientRect().bottom > barTop + 1)
    .map((box) => `"${box.text}"`);
  root.scrollTop = 0;
  window.scrollTo(0, 0);

  return {
    targets,
    smallestText: Number.isFinite(smallestText) ? smallestText : 0,
    clipped,
    overlapping,
    hiddenAtEnd,
  };
}

/**
 * Audits the screen on top, once it has settled: axe-core (its default WCAG 2 A/AA and best-practice rules) over the whole
 * document, then the layout of the page on top (see {@link ScreenAudit}).
 */
export async function auditScreen(page: Page): Promise<ScreenAudit> {
  // The page on top has slid in, and the pages under it are hidden.
  await page.waitForFunction(() => {
    const pages = [...document.querySelectorAll('.taro_page')];
    return (
      pages.at(-1)?.classList.contains('taro_page_stationed') === true &&
      pages.slice(0, -1).every((under) => !under.checkVisibility())
    );
  });
  const { violations } = await new AxeBuilder({ page }).analyze();
  const impacts: Record<Impact, number> = { minor: 0, moderate: 0, serious: 0, critical: 0 };
  const rules: string[] = [];
  const blocking: string[] = [];
  for (const violation of violations) {
    const impact = violation.impact ?? 'minor';
    impacts[impact] += 1;
    rules.push(`${violation.id} (${impact})`);
    if (impact === 'serious' || impact === 'critical') {
      for (const node of violation.nodes)
        blocking.push(`${violation.id} (${impact}): ${node.target.join(' ')}`);
    }
  }
  return { impacts, rules, blocking, ...(await page.evaluate(measureLayout)) };
}
