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
package org.entraide.notify.webpush.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.apache.derby.jdbc.EmbeddedDataSource;
import org.junit.Before;
import org.junit.Test;

/** The store on a fresh in-memory Derby, its schema made by the real changelog of entraide-database. */
public class PushStoreTest {

    private static final Instant T0 = Instant.parse("2026-12-07T10:00:00Z");

    private EmbeddedDataSource dataSource;
    private PushStore store;

    @Before
    public void freshDatabase() throws Exception {
        dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:webpush" + System.nanoTime());
        dataSource.setCreateDatabase("create");
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            new Liquibase("db/changelog/webpush.xml", new ClassLoaderResourceAccessor(getClass().getClassLoader()),
                    database).update(new Contexts(), new LabelExpression());
        }
        store = new PushStore(dataSource);
    }

    @Test
    public void theKeysAreMadeOnceAndSharedByEveryNode() {
        String first = store.keys().publicText();
        assertEquals(first, store.keys().publicText());
        assertEquals("another node on the same database", first, new PushStore(dataSource).keys().publicText());
    }

    @Test
    public void deletingTheKeysRotatesThemAndForgetsTheSubscriptionsMadeForTheOldOnes() throws Exception {
        String old = store.keys().publicText();
        store.subscribe("alice", "https://push.example.net/1", "k", "a", T0);
        try (Connection connection = dataSource.getConnection()) {
            connection.createStatement().executeUpdate("DELETE FROM push_vapid_key");
        }
        assertTrue(!old.equals(store.keys().publicText()));
        assertTrue(store.of("alice").isEmpty());
    }

    @Test
    public void subscribingTwiceKeepsOneRowWithTheLatestKeys() {
        store.subscribe("alice", "https://push.example.net/1", "key-1", "auth-1", T0);
        store.subscribe("alice", "https://push.example.net/1", "key-2", "auth-2", T0.plusSeconds(5));

        List<PushStore.Subscription> subscriptions = store.of("alice");
        assertEquals(1, subscriptions.size());
        assertEquals("key-2", subscriptions.get(0).p256dh());
        assertEquals("auth-2", subscriptions.get(0).auth());
    }

    @Test
    public void anEndpointSubscribedByAnotherAccountMovesToIt() {
        store.subscribe("alice", "https://push.example.net/1", "k", "a", T0);
        store.subscribe("bob", "https://push.example.net/1", "k", "a", T0.plusSeconds(1));

        assertTrue(store.of("alice").isEmpty());
        assertEquals(1, store.of("bob").size());
    }

    @Test
    public void onlyTheOwnerUnsubscribesAndGoneEndpointsAreForgotten() {
        store.subscribe("alice", "https://push.example.net/1", "k", "a", T0);
        store.subscribe("alice", "https://push.example.net/2", "k", "a", T0);
        store.unsubscribe("bob", "https://push.example.net/1");
        assertEquals(2, store.of("alice").size());

        store.unsubscribe("alice", "https://push.example.net/1");
        store.remove("https://push.example.net/2");
        assertTrue(store.of("alice").isEmpty());
    }

    @Test
    public void anAccountKeepsItsNewestSubscriptionsOnly() {
        for (int i = 0; i < PushStore.MAX_PER_ACCOUNT + 3; i++) {
            store.subscribe("alice", "https://push.example.net/" + i, "k", "a", T0.plusSeconds(i));
        }
        List<String> kept = store.of("alice").stream().map(PushStore.Subscription::endpoint)
                .collect(Collectors.toList());
        assertEquals(PushStore.MAX_PER_ACCOUNT, kept.size());
        assertEquals("https://push.example.net/" + (PushStore.MAX_PER_ACCOUNT + 2), kept.get(0));
        assertTrue(!kept.contains("https://push.example.net/0"));
    }

    @Test
    public void erasingAnAccountForgetsItsSubscriptionsOnly() {
        store.subscribe("alice", "https://push.example.net/1", "k", "a", T0);
        store.subscribe("bob", "https://push.example.net/2", "k", "a", T0);
        store.erase("alice");
        assertTrue(store.of("alice").isEmpty());
        assertEquals(1, store.of("bob").size());
    }
}
