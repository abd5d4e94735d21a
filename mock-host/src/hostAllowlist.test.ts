import { expect, it } from 'vitest';
import { createHostAllowlist, isLoopbackHostname, parseHostAuthority } from './hostAllowlist';

it('parses names, IPv4 and bracketed IPv6, with and without a port', () => {
  expect(parseHostAuthority('LocalHost:8787')).toEqual({ name: 'localhost', port: 8787 });
  expect(parseHostAuthority('127.0.0.1')).toEqual({ name: '127.0.0.1', port: undefined });
  expect(parseHostAuthority('[::1]:8787')).toEqual({ name: '[::1]', port: 8787 });
});

it('finds the Host headers the hostile tester sent malformed', () => {
  for (const host of [
    '[',
    'a b',
    '%',
    '::1',
    'localhost:99999',
    '',
    'a:b',
    'a@b',
    'x:',
    '-a',
    'a/b',
    '[::1',
  ]) {
    expect(parseHostAuthority(host), host).toBeUndefined();
  }
  expect(parseHostAuthority(undefined)).toBeUndefined();
});

it('answers on loopback to 127.0.0.1, localhost and [::1] at its port only', () => {
  const verdict = createHostAllowlist({ hostname: '127.0.0.1', port: 8787 });
  for (const host of ['127.0.0.1:8787', 'localhost:8787', 'LOCALHOST:8787', '[::1]:8787']) {
    expect(verdict(host), host).toBe('allowed');
  }
  for (const host of ['127.0.0.1:8788', 'localhost', 'evil.example:8787', 'attacker.test', '10.0.0.2:8787']) {
    expect(verdict(host), host).toBe('foreign');
  }
  expect(verdict('localhost:99999')).toBe('malformed');
  expect(verdict(undefined)).toBe('malformed');
});

it('adds allowed hosts, at the server port unless they name one', () => {
  const verdict = createHostAllowlist({
    hostname: '192.168.1.20',
    port: 8787,
    allowedHosts: ['devbox.lan', 'proxy.lan:80'],
  });
  expect(verdict('192.168.1.20:8787')).toBe('allowed');
  expect(verdict('devbox.lan:8787')).toBe('allowed');
  expect(verdict('proxy.lan')).toBe('allowed');
  // Bound to one LAN address, loopback names are not this server.
  expect(verdict('localhost:8787')).toBe('foreign');
});

it('tells loopback interfaces', () => {
  expect(isLoopbackHostname('127.0.0.1')).toBe(true);
  expect(isLoopbackHostname('127.1.2.3')).toBe(true);
  expect(isLoopbackHostname('::1')).toBe(true);
  expect(isLoopbackHostname('localhost')).toBe(true);
  expect(isLoopbackHostname('0.0.0.0')).toBe(false);
  expect(isLoopbackHostname('192.168.1.20')).toBe(false);
});
