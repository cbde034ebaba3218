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
package org.entraide.identity.internal;

import java.time.Instant;
import javax.persistence.Column;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.Id;
import javax.persistence.Table;

/**
 * A one-use token mailed to an account, kept only as its SHA-256 ({@link Tokens#hash}): a copy of the table
 * recovers no account. A verification token also names the address it proves.
 */
@Entity
@Table(name = "account_token")
public class AccountTokenEntity {

    /** What a token is for. */
    enum Purpose {
        VERIFY_EMAIL, RESET_PASSWORD
    }

    @Id
    @Column(name = "digest", length = 64)
    private String digest;

    @Column(name = "account_id", nullable = false, length = 36)
    private String accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 16)
    private Purpose purpose;

    @Column(name = "email", nullable = false, length = 254)
    private String email;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected AccountTokenEntity() {
    }

    AccountTokenEntity(String digest, String accountId, Purpose purpose, String email, Instant createdAt,
            Instant expiresAt) {
        this.digest = digest;
        this.accountId = accountId;
        this.purpose = purpose;
        this.email = email;
        this.createdAt = createdAt;
        this.expiresAt = expiresAt;
    }

    String accountId() {
        return accountId;
    }

    Purpose purpose() {
        return purpose;
    }

    String email() {
        return email;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** Whether the token can still serve at {@code now}: never used and not expired. */
    boolean usableAt(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }
}
