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
package org.entraide.services.moderation;

import java.time.Instant;
import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The reports residents make, as the moderation bundle reads and closes them; implemented by the bundle that keeps
 * them (posts). It checks no rights: the moderation service has.
 */
@ProviderType
public interface ReportBook {

    /** The outcome of reports whose target was hidden. */
    String HIDDEN = "HIDDEN";
    /** The outcome of reports closed without action. */
    String DISMISSED = "DISMISSED";

    /**
     * Every open report, oldest first.
     *
     * @return the reports
     */
    List<OpenReport> open();

    /**
     * Closes the open reports on a target with an outcome.
     *
     * @param targetType the target's type
     * @param targetId the target's id
     * @param outcome {@link #HIDDEN} or {@link #DISMISSED}
     * @param moderatorId who closed them
     * @param at when
     * @return the reports closed, oldest first; empty when none was open
     */
    List<OpenReport> close(String targetType, String targetId, String outcome, String moderatorId, Instant at);
}
