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

import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.entraide.services.database.DatabaseBackup;

/**
 * Backs the database up while the platform serves, into a new folder named after the time (UTC) under the
 * folder given, {@code data/backups} by default. Quoting nothing, it works as written at the console and
 * through {@code bin/client -b}.
 */
@Service
@Command(scope = "entraide", name = "backup", description = "Back up the database while Entraide runs,"
        + " into a new dated folder under DIR (default: data/backups)")
public class BackupCommand implements Action {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")
            .withZone(ZoneOffset.UTC);

    @Argument(index = 0, name = "dir", description = "Folder that receives the dated backup folder;"
            + " relative to the Karaf home. Default: data/backups")
    @Completion(FileCompleter.class)
    String dir;

    @Reference
    DatabaseBackup database;

    @Override
    public Object execute() {
        Path folder = folder(dir, System.getProperty("karaf.home", "."), System.getProperty("karaf.data", "data"),
                Instant.now());
        // A refusal (PostgreSQL, a full disk) propagates: the shell prints its message and bin/client fails.
        System.out.println("Database backed up into " + database.backup(folder));
        return null;
    }

    /**
     * The folder a backup goes to: {@code entraide-<UTC time>} under {@code dir} (resolved against the Karaf
     * home when relative) or under {@code <data>/backups}.
     */
    static Path folder(String dir, String home, String data, Instant now) {
        Path parent = dir == null || dir.isBlank() ? Paths.get(data, "backups") : Paths.get(home).resolve(dir);
        return parent.resolve("entraide-" + STAMP.format(now)).toAbsolutePath().normalize();
    }
}
