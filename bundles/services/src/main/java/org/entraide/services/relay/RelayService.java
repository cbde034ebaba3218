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
package org.entraide.services.relay;

import java.util.List;
import java.util.Map;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.Caller;
import org.osgi.annotation.versioning.ProviderType;

/**
 * Relays and their beneficiaries.
 *
 * <p><b>Granting.</b> The role {@code RELAY} is granted and taken back by the moderators of the territory of the
 * account's home, and by the platform's moderators and operators everywhere: a caller who moderates nothing is
 * refused ({@code ForbiddenException}) before anything is looked up, then an unknown account is
 * {@code NotFoundException}, then an account outside the caller's territories is {@code ForbiddenException}. Each
 * change is logged in the moderation log ({@code RELAY_GRANT}, {@code RELAY_REVOKE}, target type {@code ACCOUNT});
 * granting a relay again or revoking a non-relay changes and logs nothing.
 *
 * <p><b>Beneficiaries</b> belong to the relay that registered them: anyone else gets {@code NotFoundException}, as
 * for an unknown id. Registering one needs the role {@code RELAY}; a relay whose role was taken back still lists,
 * reads, corrects, exports and erases its beneficiaries (their rights under the GDPR do not depend on the relay's
 * role) but registers none and posts for none. Bad input is {@code ValidationException} naming the fields, and
 * nothing is written.
 */
@ProviderType
public interface RelayService {

    /** The longest first name. */
    int FIRST_NAME_MAX = 40;
    /** The longest phone number. */
    int PHONE_MAX = 30;
    /** The consent methods. */
    List<String> CONSENT_METHODS = List.of("ORAL", "WRITTEN");

    /**
     * Grants the role {@code RELAY}.
     *
     * @param moderator who acts
     * @param accountId the account
     * @return the account as it now is
     */
    Account grant(Caller moderator, String accountId);

    /**
     * Takes the role {@code RELAY} back; the relay keeps its beneficiaries (to export or erase them).
     *
     * @param moderator who acts
     * @param accountId the account
     * @return the account as it now is
     */
    Account revoke(Caller moderator, String accountId);

    /**
     * The relays this moderator may manage, by display name.
     *
     * @param moderator who asks; {@code ForbiddenException} for one who moderates nothing
     * @return the relays
     */
    List<Relay> relays(Caller moderator);

    /**
     * Registers a beneficiary with their consent, recorded as obtained by the caller now.
     *
     * @param relay who registers them; {@code ForbiddenException} without the role {@code RELAY}
     * @param beneficiary what is given
     * @return the beneficiary
     */
    Beneficiary create(Caller relay, NewBeneficiary beneficiary);

    /**
     * The caller's beneficiaries, by first name.
     *
     * @param relay who asks
     * @return the beneficiaries
     */
    List<Beneficiary> beneficiaries(Caller relay);

    /**
     * One of the caller's beneficiaries.
     *
     * @param relay who asks
     * @param beneficiaryId the id
     * @return the beneficiary
     */
    Beneficiary beneficiary(Caller relay, String beneficiaryId);

    /**
     * Corrects one of the caller's beneficiaries.
     *
     * @param relay who asks
     * @param beneficiaryId the id
     * @param changes the changes
     * @return the beneficiary as it now is
     */
    Beneficiary update(Caller relay, String beneficiaryId, BeneficiaryChanges changes);

    /**
     * Erases one of the caller's beneficiaries with everything about them (their consent is withdrawn): every
     * {@link BeneficiaryData} erases its part (the posts for them go, with their conversations), then the
     * beneficiary goes.
     *
     * @param relay who asks
     * @param beneficiaryId the id
     */
    void erase(Caller relay, String beneficiaryId);

    /**
     * Everything held about one of the caller's beneficiaries: the beneficiary (with its consent record) and a
     * section per {@link BeneficiaryData} ({@code posts}: the posts with their conversations and messages).
     *
     * @param relay who asks
     * @param beneficiaryId the id
     * @return the export, as values Jackson can write
     */
    Map<String, Object> export(Caller relay, String beneficiaryId);

    /**
     * The beneficiary a relay posts for, checked: {@code ForbiddenException} when the caller is not a relay,
     * {@code ValidationException} naming the field beneficiaryId when it is not one of theirs.
     *
     * @param relay who posts
     * @param beneficiaryId the id
     * @return the beneficiary
     */
    Beneficiary forPost(Caller relay, String beneficiaryId);

    /**
     * Where a beneficiary lives, for a post for them: their location, else their commune's centre.
     *
     * @param beneficiary the beneficiary
     * @return the place
     */
    GeoPoint placeOf(Beneficiary beneficiary);
}
