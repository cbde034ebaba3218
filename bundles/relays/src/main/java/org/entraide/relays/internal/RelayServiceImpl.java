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
package org.entraide.relays.internal;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.api.geo.GeoPoint;
import org.entraide.api.geo.PlaceDirectory;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.identity.PersonalDataContributor;
import org.entraide.services.moderation.ModerationService;
import org.entraide.services.relay.Beneficiary;
import org.entraide.services.relay.BeneficiaryChanges;
import org.entraide.services.relay.BeneficiaryData;
import org.entraide.services.relay.NewBeneficiary;
import org.entraide.services.relay.Relay;
import org.entraide.services.relay.RelayService;
import org.entraide.services.territory.TerritoryService;
import org.entraide.support.moderation.Moderators;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Relays on the {@code entraide-relays} persistence unit, which holds the {@code relay} rows (since when an account
 * is a relay) and the beneficiaries. Design decisions:
 * <ul>
 * <li>The role is identity's ({@code RELAY} in {@code account_role}), granted through this service only so that
 * the grant is checked and logged as a moderator's action ({@link RelayGrants}).</li>
 * <li>Beneficiaries live here and nowhere else; the posts bundle resolves one when a relay posts for it through
 * {@link #forPost} (it never reads this bundle's table), and contributes the posts for them to their count, export
 * and erasure as a {@link BeneficiaryData} service, bound here dynamically.</li>
 * <li>The relay's own erasure (GDPR, as a {@link PersonalDataContributor}) erases its beneficiaries with the posts
 * for them: nobody else could answer for them.</li>
 * </ul>
 */
@Component(service = {RelayService.class, PersonalDataContributor.class})
public class RelayServiceImpl implements RelayService, PersonalDataContributor {

    @Reference(target = "(osgi.unit.name=entraide-relays)")
    private JpaTemplate jpa;

    @Reference
    private IdentityService identity;

    @Reference
    private TerritoryService territories;

    @Reference
    private ModerationService moderation;

    @Reference
    private PlaceDirectory places;

    private final List<BeneficiaryData> data = new CopyOnWriteArrayList<>();

    private volatile Clock clock = Clock.systemUTC();

    private final RelayGrants grants = new RelayGrants(() -> jpa, () -> identity, () -> moderation,
            () -> new Moderators(territories, identity), () -> clock);
    private final Beneficiaries beneficiaries = new Beneficiaries(() -> jpa, () -> identity, () -> places,
            this::contributors, () -> clock);

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addData(BeneficiaryData contributor) {
        data.add(contributor);
    }

    void removeData(BeneficiaryData contributor) {
        data.remove(contributor);
    }

    private Collection<BeneficiaryData> contributors() {
        return List.copyOf(data);
    }

    @Override
    public Account grant(Caller moderator, String accountId) {
        return grants.grant(moderator, accountId);
    }

    @Override
    public Account revoke(Caller moderator, String accountId) {
        return grants.revoke(moderator, accountId);
    }

    @Override
    public List<Relay> relays(Caller moderator) {
        return grants.relays(moderator);
    }

    @Override
    public Beneficiary create(Caller relay, NewBeneficiary beneficiary) {
        return beneficiaries.create(relay, beneficiary);
    }

    @Override
    public List<Beneficiary> beneficiaries(Caller relay) {
        return beneficiaries.list(relay);
    }

    @Override
    public Beneficiary beneficiary(Caller relay, String beneficiaryId) {
        return beneficiaries.get(relay, beneficiaryId);
    }

    @Override
    public Beneficiary update(Caller relay, String beneficiaryId, BeneficiaryChanges changes) {
        return beneficiaries.update(relay, beneficiaryId, changes);
    }

    @Override
    public void erase(Caller relay, String beneficiaryId) {
        beneficiaries.erase(relay, beneficiaryId);
    }

    @Override
    public Map<String, Object> export(Caller relay, String beneficiaryId) {
        return beneficiaries.export(relay, beneficiaryId);
    }

    @Override
    public Beneficiary forPost(Caller relay, String beneficiaryId) {
        return beneficiaries.forPost(relay, beneficiaryId);
    }

    @Override
    public GeoPoint placeOf(Beneficiary beneficiary) {
        return beneficiaries.placeOf(beneficiary);
    }

    @Override
    public String section() {
        return "beneficiaries";
    }

    /** The relay's beneficiaries, as their own exports give them (without the posts: those are the relay's). */
    @Override
    public Object export(String accountId) {
        return beneficiaries.ofRelay(accountId).stream()
                .map(row -> BeneficiaryMaps.of(beneficiaries.view(row, Map.of())))
                .collect(Collectors.toList());
    }

    @Override
    public void erase(String accountId) {
        for (BeneficiaryEntity row : beneficiaries.ofRelay(accountId)) {
            beneficiaries.erase(row.id);
        }
        jpa.tx(TransactionType.Required, em -> {
            em.createQuery("DELETE FROM RelayEntity r WHERE r.accountId = :me").setParameter("me", accountId)
                    .executeUpdate();
            em.createQuery("UPDATE RelayEntity r SET r.grantedBy = NULL WHERE r.grantedBy = :me")
                    .setParameter("me", accountId).executeUpdate();
        });
    }

    /** For tests: the clock. */
    void clock(Clock testClock) {
        clock = testClock;
    }
}
