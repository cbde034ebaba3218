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

/**
 * INTERNAL to the Entraide core (bundle {@code org.entraide.services}, exported with {@code x-internal:=true}):
 * not part of the partner API, no compatibility promise.
 * Who a resident is, how they prove it, what they may do, and their right to take their data or leave.
 *
 * <p>{@link org.entraide.services.identity.IdentityService} is the one door to accounts and sessions. A
 * resident's exact home never leaves the server: {@link org.entraide.services.identity.Account} does not
 * carry it, and other bundles ask {@link org.entraide.services.identity.IdentityService#home(String)} on the
 * server side. Bundles that hold personal data register a
 * {@link org.entraide.services.identity.PersonalDataContributor} so that a resident's export and erasure
 * cover them without identity knowing them; bundles that must act when an account is suspended or reinstated
 * register an {@link org.entraide.services.identity.AccountStatusListener} (since 1.3).
 * {@link org.entraide.services.identity.AccountRelations} (since 1.3) keeps who blocks and who mutes whom, for the
 * bundles that let residents reach each other to enforce.
 */
@Export(attribute = "x-internal:=true")
@Version("1.4.0")
package org.entraide.services.identity;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
