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

import static org.junit.Assert.assertEquals;

import java.nio.file.Paths;
import java.time.Instant;
import org.junit.Test;

public class BackupCommandTest {

    private static final Instant NOON = Instant.parse("2026-12-07T12:30:05Z");

    @Test
    public void withoutAFolderTheBackupGoesUnderDataBackupsInAFolderNamedAfterTheUtcTime() {
        assertEquals(Paths.get("/opt/entraide/data/backups/entraide-20261207-123005"),
                BackupCommand.folder(null, "/opt/entraide", "/opt/entraide/data", NOON));
    }

    @Test
    public void aRelativeFolderIsReadFromTheKarafHomeNotFromWhereTheShellWasStarted() {
        assertEquals(Paths.get("/opt/entraide/backups/entraide-20261207-123005"),
                BackupCommand.folder("backups", "/opt/entraide", "/opt/entraide/data", NOON));
    }

    @Test
    public void anAbsoluteFolderIsKeptAndNormalized() {
        assertEquals(Paths.get("/srv/copies/entraide-20261207-123005"),
                BackupCommand.folder("/srv/./copies/", "/opt/entraide", "/opt/entraide/data", NOON));
    }
}
