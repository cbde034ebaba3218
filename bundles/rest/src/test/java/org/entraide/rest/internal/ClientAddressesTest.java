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

import static org.junit.Assert.assertEquals;

import java.util.List;
import org.junit.Test;

public class ClientAddressesTest {

    private static final TrustedProxies LOCAL_PROXY = TrustedProxies.parse("127.0.0.1/32, 10.0.0.0/8, ::1");

    private static String xff(TrustedProxies proxies, String peer, String... headers) {
        return ClientAddresses.resolve(proxies, peer, List.of(), List.of(headers));
    }

    private static String forwarded(TrustedProxies proxies, String peer, String... headers) {
        return ClientAddresses.resolve(proxies, peer, List.of(headers), List.of());
    }

    @Test
    public void withoutTrustedProxiesTheHeadersAreIgnored() {
        assertEquals("203.0.113.9", xff(TrustedProxies.NONE, "203.0.113.9", "198.51.100.1"));
        assertEquals("203.0.113.9", forwarded(TrustedProxies.NONE, "203.0.113.9", "for=198.51.100.1"));
    }

    @Test
    public void anUntrustedPeersHeadersAreIgnored() {
        assertEquals("203.0.113.9", xff(LOCAL_PROXY, "203.0.113.9", "198.51.100.1"));
    }

    @Test
    public void aTrustedPeerGivesTheRightMostAddressThatIsNotAProxy() {
        assertEquals("198.51.100.1", xff(LOCAL_PROXY, "127.0.0.1", "198.51.100.1"));
        assertEquals("a client's own entries on the left are ignored", "198.51.100.1",
                xff(LOCAL_PROXY, "127.0.0.1", "6.6.6.6, 198.51.100.1, 10.0.0.5"));
        assertEquals("several headers are one list", "198.51.100.1",
                xff(LOCAL_PROXY, "127.0.0.1", "6.6.6.6", "198.51.100.1,10.0.0.5"));
        assertEquals("only proxies: the left-most", "10.0.0.4", xff(LOCAL_PROXY, "127.0.0.1", "10.0.0.4, 10.0.0.5"));
    }

    @Test
    public void aTrustedPeerWithoutHeaderIsTheClient() {
        assertEquals("127.0.0.1", xff(LOCAL_PROXY, "127.0.0.1"));
    }

    @Test
    public void garbageStopsTheWalkAtTheLastTrustedHop() {
        assertEquals("10.0.0.5", xff(LOCAL_PROXY, "127.0.0.1", "198.51.100.1, unknown, 10.0.0.5"));
        assertEquals("127.0.0.1", xff(LOCAL_PROXY, "127.0.0.1", "proxy.example.org"));
        assertEquals("127.0.0.1", xff(LOCAL_PROXY, "127.0.0.1", ""));
    }

    @Test
    public void forwardedIsReadWithQuotesPortsAndIpv6() {
        assertEquals("198.51.100.1", forwarded(LOCAL_PROXY, "127.0.0.1",
                "for=6.6.6.6, for=198.51.100.1;proto=https;by=10.0.0.1"));
        assertEquals("2001:db8:cafe:0:0:0:0:17", forwarded(LOCAL_PROXY, "::1",
                "For=\"[2001:db8:cafe::17]:4711\""));
        assertEquals("198.51.100.1", forwarded(LOCAL_PROXY, "0:0:0:0:0:0:0:1", "for=\"198.51.100.1:8080\""));
        assertEquals("Forwarded wins over X-Forwarded-For", "198.51.100.1", ClientAddresses.resolve(LOCAL_PROXY,
                "127.0.0.1", List.of("for=198.51.100.1"), List.of("6.6.6.6")));
        assertEquals("an obfuscated node stops the walk", "10.0.0.9",
                forwarded(LOCAL_PROXY, "127.0.0.1", "for=198.51.100.1, for=_hidden, for=10.0.0.9"));
    }

    @Test
    public void addressesAreNormalized() {
        assertEquals("198.51.100.1", xff(LOCAL_PROXY, "127.0.0.1", "::ffff:198.51.100.1"));
        assertEquals("2001:db8:0:0:0:0:0:1", xff(TrustedProxies.NONE, "2001:DB8::1"));
    }
}
