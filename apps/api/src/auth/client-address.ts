import { isIPv6 } from 'node:net';

/**
 * The key a client address is throttled under. One IPv6 subscriber is usually handed a whole
 * /64, so an IPv6 address counts as its /64 network; anything else counts as itself.
 */
export function clientAddressKey(ipAddress: string | null): string {
  if (!ipAddress) return 'unknown';
  const mappedV4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ipAddress);
  if (mappedV4?.[1]) return mappedV4[1];
  if (!isIPv6(ipAddress)) return ipAddress;
  return `${expandIPv6(ipAddress).slice(0, 4).join(':')}::/64`;
}

/** The eight groups of an IPv6 address, "::" filled in with zero groups. */
function expandIPv6(address: string): string[] {
  const [head = '', tail] = address.toLowerCase().split('%')[0]?.split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  // A trailing dotted IPv4 part (64:ff9b::192.0.2.1) fills two groups.
  const groups = left.length + right.length + (address.includes('.') ? 1 : 0);
  const zeros = tail === undefined ? [] : Array<string>(8 - groups).fill('0');
  return [...left, ...zeros, ...right].map((group) => group.replace(/^0+(?=.)/, ''));
}
