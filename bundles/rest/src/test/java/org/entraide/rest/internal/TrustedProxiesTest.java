/*
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package org.entraide.rest.internal;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class TrustedProxiesTest {

    @Test
    public void anIpv4BlockHoldsExactlyItsAddresses() {
        TrustedProxies proxies = TrustedProxies.parse("10.1.0.0/16");

        assertTrue(proxies.trusts("10.1.0.0"));
        assertTrue(proxies.trusts("10.1.255.254"));
        assertFalse(proxies.trusts("10.2.0.1"));
        assertFalse(proxies.trusts("10.0.255.255"));
        assertFalse(proxies.trusts("11.1.0.1"));
    }

    @Test
    public void prefixesThatAreNotAWholeNumberOfBytesAreMatchedBitByBit() {
        TrustedProxies proxies = TrustedProxies.parse("192.168.1.64/26");

        assertTrue(proxies.trusts("192.168.1.64"));
        assertTrue(proxies.trusts("192.168.1.127"));
        assertFalse(proxies.trusts("192.168.1.63"));
        assertFalse(proxies.trusts("192.168.1.128"));
    }

    @Test
    public void aSingleAddressAndThe32And0Prefixes() {
        assertTrue(TrustedProxies.parse("127.0.0.1").trusts("127.0.0.1"));
        assertFalse(TrustedProxies.parse("127.0.0.1").trusts("127.0.0.2"));
        assertTrue(TrustedProxies.parse("127.0.0.1/32").trusts("127.0.0.1"));
        assertFalse(TrustedProxies.parse("127.0.0.1/32").trusts("127.0.0.2"));
        assertTrue(TrustedProxies.parse("0.0.0.0/0").trusts("8.8.8.8"));
        assertFalse("an IPv4 block holds no IPv6 address", TrustedProxies.parse("0.0.0.0/0").trusts("2001:db8::1"));
    }

    @Test
    public void ipv6BlocksWhateverTheWritingOfTheAddress() {
        TrustedProxies proxies = TrustedProxies.parse("2001:db8:cafe::/48, ::1");

        assertTrue(proxies.trusts("2001:db8:cafe:0:0:0:0:17"));
        assertTrue(proxies.trusts("2001:DB8:CAFE:FFFF::1"));
        assertTrue(proxies.trusts("[2001:db8:cafe::17]"));
        assertFalse(proxies.trusts("2001:db8:caff::17"));
        assertTrue(proxies.trusts("0:0:0:0:0:0:0:1"));
        assertTrue(proxies.trusts("::1%lo"));
        assertFalse(proxies.trusts("::2"));
        assertFalse(proxies.trusts("127.0.0.1"));
    }

    @Test
    public void ipv4MappedAddressesAreTheirIpv4() {
        assertTrue(TrustedProxies.parse("10.0.0.0/8").trusts("::ffff:10.9.8.7"));
        assertTrue(TrustedProxies.parse("::ffff:10.0.0.0/104").trusts("10.9.8.7"));
        assertFalse(TrustedProxies.parse("::ffff:10.0.0.0/104").trusts("11.9.8.7"));
    }

    @Test
    public void severalEntriesAndEmptyOnes() {
        TrustedProxies proxies = TrustedProxies.parse("", "10.0.0.1 , 10.0.0.2", "172.16.0.0/12");

        assertTrue(proxies.trusts("10.0.0.2"));
        assertTrue(proxies.trusts("172.31.255.255"));
        assertFalse(proxies.trusts("172.32.0.0"));
        assertTrue(TrustedProxies.parse("").isEmpty());
        assertTrue(TrustedProxies.parse().isEmpty());
    }

    @Test
    public void namesAndMalformedEntriesAreRefusedWithoutAnyLookup() {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("localhost"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("proxy.example.org"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.256"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/33"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/-1"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("2001:db8::/129"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("2001:db8::g"));
        assertFalse(TrustedProxies.parse("10.0.0.0/8").trusts("unknown"));
        assertFalse(TrustedProxies.parse("10.0.0.0/8").trusts((String) null));
    }
}
