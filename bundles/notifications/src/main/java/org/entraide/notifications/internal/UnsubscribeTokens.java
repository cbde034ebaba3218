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
package org.entraide.notifications.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import javax.persistence.EntityManager;

/**
 * One-click unsubscribe tokens (RFC 8058): 32 random bytes, URL-safe Base64, issued for each message of a
 * non-transactional notification as it is sent, and tied to its account, channel and kind. Only their SHA-256
 * digest is stored, so a copy of the database unsubscribes nobody. They do not expire: a mail read months
 * later still unsubscribes; erasing the account erases them.
 */
final class UnsubscribeTokens {

    /** Longest token accepted from a client: ours are 43 characters. */
    static final int MAX_LENGTH = 64;

    private static final SecureRandom RANDOM = new SecureRandom();

    private UnsubscribeTokens() {
    }

    /** Issues a token, storing its digest with {@code em}, and answers the token itself. */
    static String issue(EntityManager em, String accountId, String channel, String kind, Instant now) {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        UnsubscribeEntity row = new UnsubscribeEntity();
        row.tokenDigest = digest(token);
        row.accountId = accountId;
        row.channel = channel;
        row.kind = kind;
        row.createdAt = now;
        em.persist(row);
        return token;
    }

    /** What a token stands for, {@code null} if it is none of ours. */
    static UnsubscribeEntity find(EntityManager em, String token) {
        if (token == null || token.isEmpty() || token.length() > MAX_LENGTH) {
            return null;
        }
        return em.find(UnsubscribeEntity.class, digest(token));
    }

    static String digest(String token) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
