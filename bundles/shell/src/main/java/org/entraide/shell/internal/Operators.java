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
package org.entraide.shell.internal;

import java.util.Set;
import org.entraide.services.identity.Caller;
import org.entraide.services.identity.Role;

/** The caller the shell acts as: the operator at the console, who holds every role. */
final class Operators {

    static final Caller SHELL = new Caller("karaf-shell", Set.of(Role.RESIDENT, Role.MODERATOR, Role.OPERATOR), "fr",
            "karaf-shell");

    private Operators() {
    }
}
