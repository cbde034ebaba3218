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
import java.util.EnumSet;
import java.util.Set;
import javax.persistence.CollectionTable;
import javax.persistence.Column;
import javax.persistence.ElementCollection;
import javax.persistence.Entity;
import javax.persistence.EnumType;
import javax.persistence.Enumerated;
import javax.persistence.FetchType;
import javax.persistence.Id;
import javax.persistence.JoinColumn;
import javax.persistence.Table;
import javax.persistence.Version;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountStatus;
import org.entraide.services.identity.Role;

/** An account row; the exact home and the password hash never leave this bundle. */
@Entity
@Table(name = "account")
public class AccountEntity {

    @Id
    @Column(name = "id", length = 36)
    private String id;

    @Column(name = "email", nullable = false, unique = true, length = 254)
    private String email;

    @Column(name = "display_name", nullable = false, length = 60)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 200)
    private String passwordHash;

    @Column(name = "home_lat", nullable = false)
    private double homeLat;

    @Column(name = "home_lon", nullable = false)
    private double homeLon;

    @Column(name = "radius_km", nullable = false)
    private double radiusKm;

    @Column(name = "locale", nullable = false, length = 5)
    private String locale;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private AccountStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role", length = 16)
    private Set<Role> roles = EnumSet.of(Role.RESIDENT);

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "email_verified", nullable = false)
    private boolean emailVerified;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "suspension_reason", length = 500)
    private String suspensionReason;

    @Column(name = "suspended_at")
    private Instant suspendedAt;

    @Column(name = "suspended_until")
    private Instant suspendedUntil;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected AccountEntity() {
    }

    AccountEntity(String id, String email, String displayName, String passwordHash, double homeLat, double homeLon,
            double radiusKm, String locale, Set<Role> roles, Instant now) {
        this.id = id;
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.homeLat = homeLat;
        this.homeLon = homeLon;
        this.radiusKm = radiusKm;
        this.locale = locale;
        this.status = AccountStatus.ACTIVE;
        this.roles = EnumSet.copyOf(roles);
        this.roles.add(Role.RESIDENT);
        this.createdAt = now;
        this.updatedAt = now;
    }

    Account toAccount() {
        return new Account(id, email, displayName, locale, roles, status, radiusKm, createdAt, emailVerified,
                suspendedUntil);
    }

    String id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    double homeLat() {
        return homeLat;
    }

    double homeLon() {
        return homeLon;
    }

    Set<Role> roles() {
        return roles;
    }

    AccountStatus status() {
        return status;
    }

    Instant createdAt() {
        return createdAt;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    double radiusKm() {
        return radiusKm;
    }

    String locale() {
        return locale;
    }

    void displayName(String value) {
        displayName = value;
    }

    void home(double lat, double lon) {
        homeLat = lat;
        homeLon = lon;
    }

    void radiusKm(double value) {
        radiusKm = value;
    }

    void locale(String value) {
        locale = value;
    }

    void passwordHash(String value) {
        passwordHash = value;
    }

    boolean emailVerified() {
        return emailVerified;
    }

    void emailVerified(boolean value) {
        emailVerified = value;
    }

    Instant suspendedUntil() {
        return suspendedUntil;
    }

    String suspensionReason() {
        return suspensionReason;
    }

    /** Suspends the account, or replaces the reason and end of its suspension. */
    void suspend(String reason, Instant until, Instant now) {
        status = AccountStatus.SUSPENDED;
        suspensionReason = reason;
        suspendedAt = now;
        suspendedUntil = until;
        updatedAt = now;
    }

    /** Makes the account active again, without anything left of its suspension. */
    void reinstate(Instant now) {
        status = AccountStatus.ACTIVE;
        suspensionReason = null;
        suspendedAt = null;
        suspendedUntil = null;
        updatedAt = now;
    }

    void touch(Instant now) {
        updatedAt = now;
    }
}
