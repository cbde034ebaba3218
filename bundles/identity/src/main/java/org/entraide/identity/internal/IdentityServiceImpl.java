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

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.aries.jpa.template.JpaTemplate;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.GeoRadiusService;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountChanges;
import org.entraide.services.identity.AccountStatusListener;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.NewAccount;
import org.entraide.services.identity.PersonalDataContributor;
import org.entraide.services.identity.Role;
import org.entraide.services.identity.Session;
import org.entraide.services.node.JobLeases;
import org.entraide.services.notification.NotificationService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Accounts and sessions on the {@code entraide-identity} persistence unit. The component holds the configuration,
 * the services it is bound to and the personal data contributors, and hands each area to its part:
 * {@link Accounts}, {@link Sessions}, {@link Roles}, {@link Suspensions} and {@link PersonalData}, which share an
 * {@link IdentityContext}. Each configuration, the first and every change, builds the parts anew.
 */
@Component(service = IdentityService.class, configurationPid = "org.entraide.identity")
@Designate(ocd = IdentityConfig.class)
public class IdentityServiceImpl implements IdentityService {

    @Reference(target = "(osgi.unit.name=entraide-identity)")
    private JpaTemplate jpa;

    @Reference
    private GeoRadiusService geo;

    @Reference
    private JobLeases leases;

    private final List<PersonalDataContributor> contributors = new CopyOnWriteArrayList<>();
    private final List<AccountStatusListener> statusListeners = new CopyOnWriteArrayList<>();

    private volatile Clock clock = Clock.systemUTC();
    private volatile Accounts accounts;
    private volatile Sessions sessions;
    private volatile Roles roleGrants;
    private volatile PersonalData personalData;
    private volatile Recovery recovery;
    private volatile LoginThrottle throttle;
    private volatile Suspensions suspensions;

    /** Optional and dynamic: the notifications core needs identity, and identity only mails through it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile NotificationService notifications;

    @Activate
    @Modified
    void configure(IdentityConfig config) {
        PasswordHasher hasher = new PasswordHasher(config.argon2MemoryKiB(), config.argon2Iterations(),
                config.argon2Parallelism());
        IdentityContext identity = new IdentityContext(jpa, hasher, () -> clock);
        accounts = new Accounts(identity,
                new PasswordPolicy(config.passwordMinLength(), config.passwordMinEntropyBits()), geo);
        throttle = new LoginThrottle(new DatabaseCounters(identity, LoginThrottle.retention(config)), identity::now,
                config);
        Suspensions previous = suspensions;
        suspensions = new Suspensions(identity, statusListeners, leases.job(Suspensions.JOB));
        if (previous != null) {
            previous.stop();
        }
        suspensions.start(config.suspensionCheckSeconds());
        sessions = new Sessions(identity, throttle, suspensions, Duration.ofHours(config.sessionTtlHours()),
                config.maxSessionsPerAccount());
        recovery = new Recovery(identity, new PasswordPolicy(config.passwordMinLength(),
                config.passwordMinEntropyBits()), throttle, () -> notifications, config);
        roleGrants = new Roles(identity);
        personalData = new PersonalData(identity, contributors);
    }

    @Deactivate
    void deactivate() {
        suspensions.stop();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addStatusListener(AccountStatusListener listener) {
        statusListeners.add(listener);
    }

    void removeStatusListener(AccountStatusListener listener) {
        statusListeners.remove(listener);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addContributor(PersonalDataContributor contributor) {
        contributors.add(contributor);
    }

    void removeContributor(PersonalDataContributor contributor) {
        contributors.remove(contributor);
    }

    void clock(Clock testClock) {
        this.clock = testClock;
    }

    @Override
    public Account register(NewAccount account) {
        return register(account, null);
    }

    @Override
    public Account register(NewAccount account, String clientAddress) {
        LoginThrottle limits = throttle;
        limits.beforeRegistration(clientAddress);
        Account created = accounts.register(account);
        limits.registered(clientAddress);
        recovery.welcome(created.id(), created.email());
        return created;
    }

    @Override
    public Account create(NewAccount account, Set<Role> roles) {
        return accounts.create(account, roles);
    }

    @Override
    public Session signIn(String email, String password, String clientAddress) {
        return sessions.signIn(email, password, clientAddress);
    }

    @Override
    public Optional<Caller> authenticate(String token) {
        return sessions.authenticate(token);
    }

    @Override
    public void signOut(String token) {
        sessions.signOut(token);
    }

    @Override
    public Account account(String accountId) {
        return accounts.account(accountId);
    }

    @Override
    public GeoPoint home(String accountId) {
        return accounts.home(accountId);
    }

    @Override
    public Account update(Caller caller, AccountChanges changes) {
        return accounts.update(caller, changes);
    }

    @Override
    public Map<String, Object> export(String accountId) {
        return personalData.export(accountId);
    }

    @Override
    public void erase(String accountId) {
        personalData.erase(accountId);
    }

    @Override
    public Account grant(String email, Role role) {
        return roleGrants.grant(email, role);
    }

    @Override
    public Account revoke(String email, Role role) {
        return roleGrants.revoke(email, role);
    }

    @Override
    public Map<String, String> displayNames(Collection<String> accountIds) {
        return accounts.displayNames(accountIds);
    }

    @Override
    public List<Account> accounts(int offset, int limit) {
        return accounts.accounts(offset, limit);
    }

    @Override
    public void verifyEmail(String token) {
        recovery.verifyEmail(token);
    }

    @Override
    public void resendEmailVerification(String accountId) {
        recovery.resendEmailVerification(accountId);
    }

    @Override
    public void requestPasswordReset(String email, String clientAddress) {
        recovery.requestPasswordReset(email, clientAddress);
    }

    @Override
    public void resetPassword(String token, String newPassword) {
        recovery.resetPassword(token, newPassword);
    }

    @Override
    public Optional<Account> accountByEmail(String email) {
        return accounts.byEmail(email);
    }

    @Override
    public Account suspend(String accountId, String reason, Instant until) {
        return suspensions.suspend(accountId, reason, until);
    }

    @Override
    public Account reinstate(String accountId) {
        return suspensions.reinstate(accountId);
    }

    @Override
    public int reinstateDue(Instant now) {
        return suspensions.reinstateDue(now);
    }
}
