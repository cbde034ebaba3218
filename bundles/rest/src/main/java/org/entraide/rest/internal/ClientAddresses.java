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

import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.servlet.http.HttpServletRequest;

/**
 * The client address of a request, what every per-address limit counts (sign-in, registration, password reset):
 * the one place that decides it.
 *
 * <p>The TCP peer, unless the peer is a trusted proxy ({@code trustedProxies} of {@code etc/org.entraide.rest.cfg},
 * empty by default, so that a client cannot choose its own address by sending a header). Behind trusted proxies,
 * the forwarded chain ({@code Forwarded}'s {@code for=} if the request has that header, else
 * {@code X-Forwarded-For}) is read from the right, each proxy having appended the address it received from: the
 * client is the right-most address that is not itself a trusted proxy. Whatever a client wrote at the left of the
 * chain is thus ignored. An entry that is not an IP address (an obfuscated or {@code unknown} node) stops the walk:
 * the last trusted hop is then the client.
 *
 * <p>The trusted proxies are set by {@link RestServer} from its configuration, for every resource at once.
 */
public final class ClientAddresses {

    private static volatile TrustedProxies trusted = TrustedProxies.NONE;

    private ClientAddresses() {
    }

    static void trust(TrustedProxies proxies) {
        trusted = proxies;
    }

    /** The client address of this request, as described above. */
    public static String of(HttpServletRequest request) {
        return resolve(trusted, request.getRemoteAddr(), all(request, "Forwarded"),
                all(request, "X-Forwarded-For"));
    }

    static String resolve(TrustedProxies proxies, String peer, List<String> forwarded, List<String> forwardedFor) {
        Optional<InetAddress> peerAddress = TrustedProxies.literal(peer);
        if (peerAddress.isEmpty() || !proxies.trusts(peerAddress.get())) {
            return peerAddress.map(InetAddress::getHostAddress).orElse(peer);
        }
        List<String> chain = forwarded.isEmpty() ? forwardedForChain(forwardedFor) : forwardedChain(forwarded);
        InetAddress client = peerAddress.get();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = TrustedProxies.literal(withoutPort(chain.get(i)));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
            if (!proxies.trusts(client)) {
                break;
            }
        }
        return client.getHostAddress();
    }

    /** The {@code for=} values of {@code Forwarded} (RFC 7239), in order, quotes removed. */
    static List<String> forwardedChain(List<String> headers) {
        List<String> chain = new ArrayList<>();
        for (String header : headers) {
            for (String element : header.split(",", -1)) {
                for (String pair : element.split(";", -1)) {
                    int equals = pair.indexOf('=');
                    if (equals > 0 && "for".equals(pair.substring(0, equals).trim().toLowerCase(Locale.ROOT))) {
                        String value = pair.substring(equals + 1).trim();
                        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                            value = value.substring(1, value.length() - 1);
                        }
                        chain.add(value);
                    }
                }
            }
        }
        return chain;
    }

    static List<String> forwardedForChain(List<String> headers) {
        List<String> chain = new ArrayList<>();
        for (String header : headers) {
            for (String entry : header.split(",", -1)) {
                chain.add(entry.trim());
            }
        }
        return chain;
    }

    /** {@code [v6]:port} or {@code v4:port} without the port; anything else unchanged. */
    static String withoutPort(String node) {
        String value = node.trim();
        if (value.startsWith("[")) {
            int close = value.indexOf(']');
            return close > 0 ? value.substring(1, close) : value;
        }
        int colon = value.indexOf(':');
        return colon > 0 && colon == value.lastIndexOf(':') ? value.substring(0, colon) : value;
    }

    private static List<String> all(HttpServletRequest request, String name) {
        Enumeration<String> values = request.getHeaders(name);
        return values == null ? List.of() : Collections.list(values);
    }
}
