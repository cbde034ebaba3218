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
package org.entraide.services.database;

import java.nio.file.Path;
import org.osgi.annotation.versioning.ProviderType;

/**
 * A consistent copy of the platform's database, taken while it serves. Operators reach it through the shell
 * ({@code entraide:backup}); what a copy contains and how to restore it is the database's own business, told
 * in the operator guide.
 */
@ProviderType
public interface DatabaseBackup {

    /**
     * Copies the database into a new folder under {@code directory}, without stopping the platform.
     *
     * @param directory where to put the copy; created if missing
     * @return the folder holding the copy
     * @throws UnsupportedOperationException when the database backs itself up by its own tools (PostgreSQL:
     *         {@code pg_dump}); the message says which
     * @throws IllegalStateException when the database refused or is not there; the message says why
     */
    Path backup(Path directory);
}
