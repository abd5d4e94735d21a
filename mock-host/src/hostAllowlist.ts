/** A `Host` header taken apart: the name (lower case; IPv6 in brackets) and the port, if given. */
export interface HostAuthority {
  name: string;
  port: number | undefined;
}

// A registered name or IPv4 address, or a bracketed IPv6 address, then an optional port.
const AUTHORITY = /^(\[[0-9a-f:.]+\]|[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?)(?::([0-9]{1,5}))?$/;

/**
 * Parses a `Host` header value (or an allowed-host entry): `name`, `name:port`, `[v6]` or `[v6]:port`.
 * @returns `undefined` when malformed: empty, a bare IPv6 address, a space, `%`, a port above 65535
 */
export function parseHostAuthority(value: string | undefined): HostAuthority | undefined {
  if (value === undefined) return undefined;
  const match = AUTHORITY.exec(value.toLowerCase());
  if (!match) return undefined;
  const name = match[1] as string;
  const port = match[2] === undefined ? undefined : Number(match[2]);
  if (port !== undefined && port > 65_535) return undefined;
  return { name, port };
}

/** The names a server bound to loopback (or to every interface) answers to on this machine. */
const LOOPBACK_NAMES = ['127.0.0.1', 'localhost', '[::1]'];
const WILDCARDS = new Set(['0.0.0.0', '::', '[::]']);

/** Whether `hostname` (as given to `listen`) is a loopback interface. */
export function isLoopbackHostname(hostname: string): boolean {
  const name = hostname.toLowerCase();
  return name === 'localhost' || name === '::1' || name === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(name);
}

/** How a `Host` header fares: this server's, not a host header at all, or another server's. */
export type HostVerdict = 'allowed' | 'malformed' | 'foreign';

/** Options of {@link createHostAllowlist}. */
export interface HostAllowlistOptions {
  /** The interface the server is bound to, as given to `listen`. */
  hostname: string;
  /** The port it listens on. */
  port: number;
  /**
   * More names the server answers to (`name` at the server's port, or `name:port`), e.g. the
   * addresses of this machine's interfaces when bound to all of them.
   */
  allowedHosts?: readonly string[];
}

/**
 * The `Host` check against DNS rebinding: a request is answered only when its `Host` names this
 * server, i.e. the bound address (and, on loopback or all interfaces, `127.0.0.1`, `localhost`,
 * `[::1]`) at the bound port, or an allowed host. A missing port is port 80.
 * @example createHostAllowlist({ hostname: '127.0.0.1', port: 8787 })('localhost:8787') // 'allowed'
 */
export function createHostAllowlist({
  hostname,
  port,
  allowedHosts = [],
}: HostAllowlistOptions): (host: string | undefined) => HostVerdict {
  const allowed = new Set<string>();
  const add = (entry: string): void => {
    const authority = parseHostAuthority(entry);
    if (authority) allowed.add(`${authority.name}:${authority.port ?? port}`);
  };
  const bound = hostname.includes(':') && !hostname.startsWith('[') ? `[${hostname}]` : hostname;
  if (!WILDCARDS.has(bound.toLowerCase())) add(bound);
  if (isLoopbackHostname(hostname) || WILDCARDS.has(bound.toLowerCase())) LOOPBACK_NAMES.forEach(add);
  allowedHosts.forEach(add);
  return (host) => {
    const authority = parseHostAuthority(host);
    if (!authority) return 'malformed';
    return allowed.has(`${authority.name}:${authority.port ?? 80}`) ? 'allowed' : 'foreign';
  };
}
