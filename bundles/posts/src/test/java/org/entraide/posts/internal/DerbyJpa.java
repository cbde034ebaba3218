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
package org.entraide.posts.internal;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;
import javax.persistence.EntityTransaction;
import javax.persistence.Persistence;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;
import org.apache.aries.jpa.template.EmConsumer;
import org.apache.aries.jpa.template.EmFunction;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.apache.derby.jdbc.EmbeddedDataSource;

/**
 * The real persistence unit on a fresh in-memory Derby, its schema made by the real changelog of
 * entraide-database, behind a {@link JpaTemplate} that, like Aries' resource-local one, runs each call
 * in its own transaction and supports {@link TransactionType#Required} only.
 */
final class DerbyJpa implements JpaTemplate, AutoCloseable {

    /** The whole schema, as the distribution migrates it. */
    private static final java.util.List<String> CHANGELOGS = java.util.List.of("db/changelog/entraide.xml");

    private final EntityManagerFactory factory;

    private DerbyJpa(EntityManagerFactory factory) {
        this.factory = factory;
    }

    static DerbyJpa fresh() throws Exception {
        EmbeddedDataSource dataSource = new EmbeddedDataSource();
        dataSource.setDatabaseName("memory:posts" + System.nanoTime());
        dataSource.setCreateDatabase("create");
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            for (String changelog : CHANGELOGS) {
                new Liquibase(changelog, new ClassLoaderResourceAccessor(DerbyJpa.class.getClassLoader()), database)
                        .update(new Contexts(), new LabelExpression());
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
        Map<String, Object> properties = new HashMap<>();
        properties.put("javax.persistence.nonJtaDataSource", dataSource);
        properties.put("eclipselink.weaving", "false");
        return new DerbyJpa(Persistence.createEntityManagerFactory("entraide-posts", properties));
    }

    @Override
    public <R> R txExpr(TransactionType type, EmFunction<R> code) {
        if (type != TransactionType.Required) {
            throw new UnsupportedOperationException("Only Required, as with Aries' resource-local template");
        }
        EntityManager em = factory.createEntityManager();
        EntityTransaction transaction = em.getTransaction();
        try {
            transaction.begin();
            R result = code.apply(em);
            transaction.commit();
            return result;
        } finally {
            if (transaction.isActive()) {
                transaction.rollback();
            }
            em.close();
        }
    }

    @Override
    public void tx(TransactionType type, EmConsumer code) {
        txExpr(type, em -> {
            code.accept(em);
            return null;
        });
    }

    @Override
    public <R> R txExpr(EmFunction<R> code) {
        return txExpr(TransactionType.Required, code);
    }

    @Override
    public void tx(EmConsumer code) {
        tx(TransactionType.Required, code);
    }

    @Override
    public void close() {
        factory.close();
    }
}
