package io.uncrowned.guard.collect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.api.Test;

class AddressPolicyTest {
  private static boolean nonPublic(String literal) throws UnknownHostException {
    // Literals only: getByName does no DNS lookup for them.
    return AddressPolicy.isNonPublic(InetAddress.getByName(literal));
  }

  @Test
  void refusesEveryKindOfInternalAddress() throws UnknownHostException {
    for (String a :
        new String[] {
          "127.0.0.1", "127.8.9.10", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255", "192.168.1.1",
          "169.254.169.254", "100.64.0.1", "100.127.255.254", "224.0.0.1", "255.255.255.255", "::1", "::",
          "fe80::1", "fc00::1", "fd00:ec2::254", "ff02::1", "::ffff:10.0.0.1", "::10.0.0.1", "64:ff9b::a00:1"
        }) {
      assertTrue(nonPublic(a), a);
    }
  }

  @Test
  void allowsPublicAddresses() throws UnknownHostException {
    for (String a : new String[] {"93.184.216.34", "1.1.1.1", "100.63.255.255", "100.128.0.1", "172.32.0.1", "2606:4700::1111", "64:ff9b::808:808"}) {
      assertFalse(nonPublic(a), a);
    }
  }
}
