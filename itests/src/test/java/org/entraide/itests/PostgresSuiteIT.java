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
package org.entraide.itests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.runner.RunWith;
import org.junit.runner.notification.Failure;
import org.junit.runner.notification.RunNotifier;
import org.junit.runners.Suite;
import org.junit.runners.model.InitializationError;
import org.junit.runners.model.RunnerBuilder;

/**
 * The platform on PostgreSQL instead of embedded Derby: the same distribution, with the driver's feature and
 * etc/org.ops4j.datasource-entraide.cfg pointing at a real server (as docs/operators.md tells an operator),
 * and the tests of everything that reads or writes the database. The schema is emptied first, so Liquibase
 * creates it from nothing. Without a server at {@code entraide.itests.postgresql.url} the suite is skipped
 * (reported as such, the reason in its output file), except under CI ({@code CI} set), where it fails.
 */
@RunWith(PostgresSuiteIT.WhenPostgresAnswers.class)
@Suite.SuiteClasses({
    PlatformIT.class,
    IdentityIT.class,
    SignInAbuseIT.class,
    GeoIT.class,
    PostsIT.class,
    FeedAcrossNodesIT.class,
    EmailIT.class,
    AccountRecoveryIT.class,
    AlertsIT.class,
    ActorsIT.class,
    OperationsIT.class,
    AbuseLimitsIT.class,
    SuspensionIT.class,
    BlockingIT.class,
    EscalationIT.class,
    DashboardIT.class,
    ModerationIT.class,
    RelayIT.class,
    PreviewIT.class,
    HostileInputIT.class,
    NodeLeasesIT.class,
})
public class PostgresSuiteIT {

    static final String URL = "entraide.itests.postgresql.url";
    static final String USER = "entraide.itests.postgresql.user";
    static final String PASSWORD = "entraide.itests.postgresql.password";

    /** Runs the suite on an emptied schema, or reports it ignored when the server cannot be reached. */
    public static class WhenPostgresAnswers extends Suite {

        public WhenPostgresAnswers(Class<?> suite, RunnerBuilder builder) throws InitializationError {
            super(suite, builder);
        }

        @Override
        public void run(RunNotifier notifier) {
            String url = System.getProperty(URL);
            try (Connection connection = DriverManager.getConnection(url, System.getProperty(USER),
                    System.getProperty(PASSWORD)); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA IF EXISTS public CASCADE");
                statement.execute("CREATE SCHEMA public");
            } catch (SQLException unreachable) {
                String why = "no PostgreSQL at " + url + " for " + System.getProperty(USER) + " ("
                        + unreachable.getMessage() + "); .ci/run starts one";
                if (System.getenv("CI") != null) {
                    // CI promises these tests run: a server that is not there is a failure, not a skip.
                    notifier.fireTestFailure(new Failure(getDescription(), new AssertionError(why, unreachable)));
                    return;
                }
                System.out.println("PostgreSQL suite skipped: " + why);
                notifier.fireTestIgnored(getDescription());
                return;
            }
            super.run(notifier);
        }
    }
}
