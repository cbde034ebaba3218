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
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The reverse proxies whose {@code Forwarded} / {@code X-Forwarded-For} are believed: addresses or CIDR blocks,
 * IPv4 or IPv6 ({@code trustedProxies} of {@code etc/org.entraide.rest.cfg}). Only IP literals are accepted, never
 * host names: reading the configuration must not depend on a DNS answer.
 */
public final class TrustedProxies {

    /** Believes no proxy: the client is the TCP peer. */
    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern SEPARATORS = Pattern.compile("[,\\s]+");

    private final List<Block> blocks;

    private TrustedProxies(List<Block> blocks) {
        this.blocks = List.copyOf(blocks);
    }

    /**
     * Parses the configured entries, each an address or a CIDR, several allowed in one entry separated by commas or
     * spaces.
     *
     * @throws IllegalArgumentException naming the first entry that is neither
     */
    public static TrustedProxies parse(String... entries) {
        List<Block> blocks = new ArrayList<>();
        for (String entry : entries == null ? new String[0] : entries) {
            for (String item : SEPARATORS.split(entry == null ? "" : entry.trim(), -1)) {
                if (!item.isEmpty()) {
                    blocks.add(Block.parse(item));
                }
            }
        }
        return new TrustedProxies(blocks);
    }

    public boolean isEmpty() {
        return blocks.isEmpty();
    }

    /** Whether this address (a literal, as a peer or a forwarded address gives it) is a trusted proxy's. */
    public boolean trusts(String address) {
        return literal(address).map(this::trusts).orElse(false);
    }

    boolean trusts(InetAddress address) {
        return blocks.stream().anyMatch(block -> block.contains(address));
    }

    /**
     * The address of an IP literal, IPv4 or IPv6 (with or without brackets and zone), normalized (an IPv4-mapped IPv6
     * address is the IPv4 one); empty for anything else, host names included, which are never looked up.
     */
    static Optional<InetAddress> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String address = text.trim();
        if (address.startsWith("[") && address.endsWith("]")) {
            address = address.substring(1, address.length() - 1);
        }
        int zone = address.indexOf('%');
        if (zone >= 0) {
            address = address.substring(0, zone);
        }
        if (address.isEmpty()) {
            return Optional.empty();
        }
        if (address.indexOf(':') < 0) {
            if (!IPV4.matcher(address).matches()) {
                return Optional.empty();
            }
            for (String part : address.split("\\.", -1)) {
                if (Integer.parseInt(part) > 255) {
                    return Optional.empty();
                }
            }
        } else if (!address.chars().allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0)) {
            return Optional.empty();
        }
        try {
            // A literal only (checked above): InetAddress parses it without any lookup.
            return Optional.of(InetAddress.getByName(address));
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }

    /** An address and the number of its leading bits that a matching address shares. */
    private static final class Block {
        private final byte[] network;
        private final int prefix;

        private Block(byte[] network, int prefix) {
            this.network = network;
            this.prefix = prefix;
        }

        static Block parse(String text) {
            int slash = text.indexOf('/');
            String address = slash < 0 ? text : text.substring(0, slash);
            InetAddress parsed = literal(address).orElseThrow(() -> new IllegalArgumentException(
                    "trustedProxies: '" + text + "' is not an IP address or CIDR block"));
            byte[] bytes = parsed.getAddress();
            int bits = address.indexOf(':') >= 0 ? 128 : 32;
            int prefix = bytes.length * 8;
            if (slash >= 0) {
                String length = text.substring(slash + 1);
                if (!length.matches("\\d{1,3}") || Integer.parseInt(length) > bits) {
                    throw new IllegalArgumentException("trustedProxies: '" + text + "' has a prefix length outside 0-"
                            + bits);
                }
                prefix = Integer.parseInt(length);
                // An IPv4-mapped block (::ffff:10.0.0.0/104) is the IPv4 block it maps.
                if (bytes.length == 4 && address.indexOf(':') >= 0) {
                    prefix = Math.max(0, prefix - 96);
                }
            }
            return new Block(bytes, prefix);
        }

        boolean contains(InetAddress address) {
            byte[] bytes = address.getAddress();
            if (bytes.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (bytes[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xFF << (8 - rest)) & 0xFF;
            return (bytes[whole] & mask) == (network[whole] & mask);
        }
    }
}
