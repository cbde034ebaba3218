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
package org.entraide.services.notification;

import java.util.List;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What each resident chose: for each notification kind of {@link #kinds()} and each channel of
 * {@link #channels()}, a {@link NotificationFrequency} (since 1.3). Only the choices that differ from the
 * defaults are stored; the defaults are: {@code post.response} and {@code post.message} {@code INSTANT} by email,
 * every other kind {@code DAILY} by email; push {@code INSTANT} for {@code post.response}, {@code post.message}
 * and {@code alert.match}, {@code OFF} otherwise.
 *
 * <p>Transactional messages (kinds starting with {@value #TRANSACTIONAL_PREFIX}, such as verifying an address)
 * are never subject to these settings nor to unsubscribing. A kind outside {@link #kinds()} (a plugin's own) is
 * told as the defaults say for "every other kind".
 */
@ProviderType
public interface NotificationSettings {

    /** The email channel's key. */
    String EMAIL = "email";
    /** The web push channel's key. */
    String PUSH = "push";
    /** The start of transactional kinds, never optional. */
    String TRANSACTIONAL_PREFIX = "account.";

    /** The kinds a resident may choose for, in display order. */
    List<String> kinds();

    /** The channels a resident may choose for, with the frequencies each takes, in display order. */
    Map<String, List<NotificationFrequency>> channels();

    /** The account's choices: channel, then kind, then frequency; every channel and every kind, defaults included. */
    Map<String, Map<String, NotificationFrequency>> settings(String accountId);

    /**
     * Changes the account's choices for the kinds given (a partial document: kinds and channels left out keep
     * their choice) and answers all of them, as {@link #settings(String)}.
     *
     * @param changes channel, then kind, then the name of a frequency
     * @throws org.entraide.api.error.ValidationException naming {@code channel} or {@code channel.kind} for an
     *         unknown channel, an unknown kind or a frequency the channel does not take; nothing is then written
     */
    Map<String, Map<String, NotificationFrequency>> change(String accountId, Map<String, Map<String, String>> changes);

    /**
     * Turns off what an unsubscribe token (from a mail's {@code List-Unsubscribe}) stands for: its kind on its
     * channel, or, for a digest's token, every kind of that digest's frequency by email. Using a token again is
     * harmless (it answers {@code true} again).
     *
     * @return {@code false} if the token is unknown (never issued, or its account erased)
     */
    boolean unsubscribe(String token);
}
