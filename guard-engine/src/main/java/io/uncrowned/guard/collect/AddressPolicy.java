package io.uncrowned.guard.collect;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which resolved addresses the fetcher may contact. By default only public unicast addresses, so that a feed
 * link or a redirect cannot point the fetcher at the machine itself, the local network or a cloud metadata
 * service (server-side request forgery).
 */
final class AddressPolicy {
  private AddressPolicy() {}

  /** True for loopback, private, link-local (cloud metadata), CGNAT, unique-local, multicast and the like. */
  static boolean isNonPublic(InetAddress a) {
    if (a.isLoopbackAddress()
        || a.isAnyLocalAddress()
        || a.isLinkLocalAddress()
        || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return true;
    }
    byte[] b = a.getAddress();
    if (a instanceof Inet4Address) {
      return isNonPublicV4(b);
    }
    if (a instanceof Inet6Address) {
      return isNonPublicV6(b);
    }
    return true;
  }

  private static boolean isNonPublicV4(byte[] b) {
    int b0 = b[0] & 0xff;
    int b1 = b[1] & 0xff;
    return b0 == 0 // "this network"
        || (b0 == 100 && (b1 & 0xc0) == 64) // carrier-grade NAT 100.64.0.0/10
        || (b0 == 192 && b1 == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
        || (b0 == 198 && (b1 == 18 || b1 == 19)) // benchmarking
        || b0 >= 240; // reserved and broadcast
  }

  private static boolean isNonPublicV6(byte[] b) {
    int b0 = b[0] & 0xff;
    if ((b0 & 0xfe) == 0xfc) { // unique local fc00::/7 (includes the fd00:ec2::254 metadata address)
      return true;
    }
    // Addresses that embed an IPv4 address: IPv4-compatible ::a.b.c.d and NAT64 64:ff9b::/96.
    boolean compatible = true;
    for (int i = 0; i < 12; i++) {
      compatible &= b[i] == 0;
    }
    boolean nat64 = b0 == 0 && (b[1] & 0xff) == 0x64 && (b[2] & 0xff) == 0xff && (b[3] & 0xff) == 0x9b;
    if (compatible || nat64) {
      try {
        InetAddress v4 = InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]});
        return isNonPublic(v4);
      } catch (java.net.UnknownHostException e) {
        return true;
      }
    }
    return false;
  }
}
