// The part of WeChat's view layer a test needs to act like a user on a Taro page: find a node of the
// page's data tree, and build the events WeChat would send to the page's `eh` when the user taps it or
// types into it, following the event bindings of the build's templates (base.wxml).

/** A node of Taro's data tree (`this.data.root`), as the templates of base.wxml render it. */
export interface ViewNode {
  /** The node name, compressed to a template number (`'0'`, `'9'` for text) by the build. */
  nn?: string | number;
  /** The class attribute. */
  cl?: string;
  /** The element id, when the app gave one. */
  uid?: string;
  /** Taro's id of the node: the element's `id` (without a `uid`) and its `data-sid`. */
  sid?: string;
  /** The value of a text node. */
  v?: string;
  cn?: ViewNode[];
}

/** What identifies a node to a user: the text it shows, a class it has, and where it is. */
export interface NodeQuery {
  /** The node's whole text, trimmed (a string matches exactly). */
  text?: string | RegExp;
  /** One of the node's classes. */
  className?: string;
  /** An element the node is inside (the search input inside `.code-picker__search`). */
  inside?: NodeQuery;
}

/** The events each template of base.wxml binds to `eh`, by node name: `bind…` bubbles, `catch…` stops. */
export type EventBindings = ReadonlyMap<string, ReadonlyMap<string, 'bind' | 'catch'>>;

/** An event object as WeChat's view layer hands it to a handler. */
export interface ViewEvent {
  type: string;
  timeStamp: number;
  target: { id: string; dataset: { sid?: string } };
  currentTarget: { id: string; dataset: { sid?: string } };
  detail: Record<string, unknown>;
  mark: Record<string, never>;
}

/**
 * Reads which events each node name binds, from the level-0 templates of base.wxml (`tmpl_0_<nn>`, and
 * `tmpl_0_<nn>_focus`/`_blur` for inputs); deeper levels render the same elements.
 */
export function parseEventBindings(baseWxml: string): EventBindings {
  const bindings = new Map<string, Map<string, 'bind' | 'catch'>>();
  for (const [, name = '', attributes = ''] of baseWxml.matchAll(
    /<template name="tmpl_0_([^"_]+)(?:_[a-z]+)?">\s*<[a-z-]+([^>]*)>/g,
  )) {
    const events = bindings.get(name) ?? new Map<string, 'bind' | 'catch'>();
    for (const [, kind, type = ''] of attributes.matchAll(/\b(bind|catch):?([a-z]+)="eh"/g)) {
      events.set(type, kind === 'catch' ? 'catch' : 'bind');
    }
    bindings.set(name, events);
  }
  return bindings;
}

/** The text a node shows: its text nodes' values, joined and trimmed. */
export function nodeText(node: ViewNode): string {
  const parts: string[] = [];
  const collect = (current: ViewNode): void => {
    if (typeof current.v === 'string') parts.push(current.v);
    for (const child of current.cn ?? []) collect(child);
  };
  collect(node);
  return parts.join('').trim();
}

function matches(node: ViewNode, { text, className }: NodeQuery): boolean {
  if (typeof node.v === 'string') return false;
  if (className !== undefined && !(node.cl ?? '').split(/\s+/).includes(className)) return false;
  if (text === undefined) return true;
  const shown = nodeText(node);
  return typeof text === 'string' ? shown === text : text.test(shown);
}

/** Whether the last node of `path` is what `query` describes, its ancestors included. */
function pathMatches(path: readonly ViewNode[], query: NodeQuery): boolean {
  const node = path.at(-1);
  if (node === undefined || !matches(node, query)) return false;
  const { inside } = query;
  return inside === undefined || path.some((_, end) => pathMatches(path.slice(0, end), inside));
}

const describe = ({ text, className, inside }: NodeQuery): string =>
  [
    className === undefined ? '' : `.${className}`,
    text === undefined ? '' : `"${String(text)}"`,
    inside === undefined ? '' : `inside ${describe(inside)}`,
  ]
    .filter(Boolean)
    .join(' ');

/** The paths from a child of `root` down to each element `query` describes, in document order. */
function matchingPaths(root: ViewNode, query: NodeQuery): ViewNode[][] {
  const found: ViewNode[][] = [];
  const visit = (node: ViewNode, path: ViewNode[]): void => {
    for (const child of node.cn ?? []) {
      const childPath = [...path, child];
      if (pathMatches(childPath, query)) found.push(childPath);
      visit(child, childPath);
    }
  };
  visit(root, []);
  return found;
}

/** Every element of `root` that `query` describes, in document order (an element before its children). */
export function findNodes(root: ViewNode, query: NodeQuery): ViewNode[] {
  return matchingPaths(root, query).map((path) => path.at(-1) as ViewNode);
}

/**
 * Finds the one element of `root` that `query` describes, as the innermost match: a button showing
 * 查询 is found as the innermost element showing 查询, where a user's finger lands.
 * @returns the path from a child of `root` down to the node
 * @throws when no element or several unrelated elements match
 */
export function findNodePath(root: ViewNode, query: NodeQuery): ViewNode[] {
  const all = matchingPaths(root, query);
  const innermost = all.filter(
    (path) => !all.some((other) => other.length > path.length && other[path.length - 1] === path.at(-1)),
  );
  if (innermost.length !== 1) {
    const shown = innermost.map((path) => nodeText(path.at(-1) as ViewNode));
    throw new Error(
      innermost.length === 0
        ? `No element ${describe(query)} on the page`
        : `${innermost.length} elements ${describe(query)} on the page: ${JSON.stringify(shown)}`,
    );
  }
  return innermost[0] as ViewNode[];
}

/**
 * The events WeChat delivers to `eh` when a `type` event happens on the last node of `path`: one per
 * element from that node up whose template binds `type`, until one catches it.
 * @param path the nodes from the page's root down to the event's target (see {@link findNodePath})
 * @param detail the event's `detail` (`{ value }` for `input`, the tap's position for `tap`)
 */
export function eventsAlong(
  path: readonly ViewNode[],
  type: string,
  detail: Record<string, unknown>,
  bindings: EventBindings,
): ViewEvent[] {
  const targetOf = (node: ViewNode) => ({
    id: node.uid ?? node.sid ?? '',
    dataset: node.sid === undefined ? {} : { sid: node.sid },
  });
  const target = targetOf(path.at(-1) ?? {});
  const events: ViewEvent[] = [];
  for (const node of [...path].reverse()) {
    const binding = bindings.get(String(node.nn))?.get(type);
    if (binding === undefined) continue;
    events.push({ type, timeStamp: Date.now(), target, currentTarget: targetOf(node), detail, mark: {} });
    if (binding === 'catch') break;
  }
  return events;
}
