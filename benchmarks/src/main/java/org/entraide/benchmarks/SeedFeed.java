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
package org.entraide.benchmarks;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;

import org.entraide.api.geo.GeoPoint;
import org.entraide.geo.internal.GeoRadiusComponent;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

/**
 * Seeds the {@code post} table of a stopped Entraide distribution's embedded Derby database with the reference
 * feed workload of {@code shared/BENCHMARKS.md}, in JDBC batches, then updates the table's statistics and shuts
 * the database down. The public position and the cell keys are computed by the geo bundle's own implementation,
 * exactly as {@code PostServiceImpl.create} does.
 *
 * <p>Usage: {@code java -cp benchmarks/target/benchmarks.jar org.entraide.benchmarks.SeedFeed <karaf-home>
 * [count] [seed]}. The distribution must have booted once (Liquibase creates the schema) and be stopped.
 */
public final class SeedFeed {

    private static final int BATCH = 1_000;
    private static final int COMMIT_EVERY = 10_000;
    private static final int COPY_EVERY = 100_000;
    private static final int AUTHORS = 5_000;
    private static final long SPAN_MICROS = Duration.ofDays(60).toNanos() / 1_000;
    private static final String[] CATEGORIES = {"errands", "diy", "gardening", "transport", "childcare", "pets",
        "company", "computer", "lending", "donations", "other"};
    private static final String[][] REQUEST_TITLES = {
        {"Courses pour ma voisine", "Besoin de pain et de lait", "Pharmacie à récupérer"},
        {"Étagère à fixer", "Robinet qui fuit", "Monter un meuble"},
        {"Tondre la pelouse", "Tailler la haie", "Arroser pendant mes vacances"},
        {"Trajet vers l'hôpital", "Aller à la gare samedi", "Covoiturage au marché"},
        {"Garde d'enfants mercredi", "Sortie d'école à 16 h 30", "Baby-sitting vendredi soir"},
        {"Promener mon chien", "Nourrir le chat ce week-end", "Garder mes poules"},
        {"Une visite de temps en temps", "Partie de cartes", "Discuter autour d'un café"},
        {"Installer une imprimante", "Aide pour un formulaire en ligne", "Régler ma box internet"},
        {"Emprunter une perceuse", "Cherche un escabeau", "Prêt d'une remorque"},
        {"Cherche un lit pour enfant", "Besoin de vêtements chauds", "Un vélo pour mon fils"},
        {"Un coup de main pour déménager", "Porter des cartons", "Lire mon courrier"}};
    private static final String[][] OFFER_TITLES = {
        {"Je fais vos courses", "Je passe au marché le samedi", "Courses le mardi matin"},
        {"Petits travaux de bricolage", "Je monte vos meubles", "Réparations simples"},
        {"Je tonds votre pelouse", "Coup de main au potager", "Taille des arbustes"},
        {"Je vous emmène en voiture", "Trajets vers la ville", "Navette pour les rendez-vous"},
        {"Je garde vos enfants", "Aide aux devoirs", "Sortie d'école possible"},
        {"Je promène votre chien", "Je garde votre chat", "Visites aux animaux"},
        {"Je passe vous voir", "Lecture à voix haute", "Balade au parc"},
        {"Aide à l'ordinateur", "Je règle vos téléphones", "Initiation à internet"},
        {"Je prête ma tondeuse", "Perceuse disponible", "Prêt d'outils de jardin"},
        {"Je donne des livres", "Vêtements d'enfant à donner", "Vaisselle à donner"},
        {"Disponible pour aider", "Un peu de temps libre", "Coup de main ponctuel"}};
    private static final String[] BODIES = {
        "Bonjour, je suis disponible en fin de journée, répondez ici et on s'organise.",
        "Dans le quartier, plutôt le week-end. Merci d'avance à qui pourra aider.",
        "Rien d'urgent, dans les prochains jours si possible. Je peux rendre la pareille.",
        "Je suis à la retraite et j'ai du temps. Écrivez-moi pour convenir d'un moment.",
        "C'est pour une voisine âgée qui n'a pas internet. Un grand merci !",
        "Le matin de préférence, avant midi. Je suis joignable par la messagerie du site."};
    private static final String[] AVAILABILITY = {null, "le soir après 18 h", "le week-end", "en semaine le matin"};

    private SeedFeed() {
    }

    /**
     * Seeds the database.
     *
     * @param args the Karaf home, then optionally the number of posts (1,000,000) and the seed (2025)
     * @throws SQLException if the database refuses
     */
    public static void main(String[] args) throws SQLException {
        if (args.length < 1) {
            System.err.println("usage: SeedFeed <karaf-home | jdbc:postgresql://host/db> [count] [seed]"
                    + "   (PostgreSQL: -Duser=… -Dpassword=…)");
            System.exit(2);
        }
        if (args[0].startsWith("jdbc:postgresql:")) {
            seedPostgres(args);
            return;
        }
        Path database = Path.of(args[0], "data", "derby", "entraide");
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2025;
        if (!Files.isDirectory(database)) {
            System.err.println("no database at " + database + ": boot the distribution once, then stop it");
            System.exit(2);
        }
        if (System.getProperty("derby.storage.pageCacheSize") == null) {
            System.setProperty("derby.storage.pageCacheSize", "40000");
        }
        if (System.getProperty("derby.stream.error.file") == null) {
            System.setProperty("derby.stream.error.file", Path.of(args[0], "data", "log", "derby-seed.log").toString());
        }
        String url = "jdbc:derby:" + database + ";create=false";
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            long before = rows(connection);
            insert(connection, count, seed);
            long inserted = System.nanoTime();
            System.out.printf("inserted %,d posts in %.1f s (%,d before)%n", count, (inserted - started) / 1e9, before);
            try (CallableStatement statistics = connection.prepareCall(
                    "CALL SYSCS_UTIL.SYSCS_UPDATE_STATISTICS('APP', 'POST', NULL)")) {
                statistics.execute();
            }
            connection.commit();
            System.out.printf("statistics updated in %.1f s; %,d posts in all%n",
                    (System.nanoTime() - inserted) / 1e9, rows(connection));
            connection.commit();
        }
        shutdown(database);
        System.out.printf("seeded in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /**
     * The same posts into a PostgreSQL database whose schema the distribution created (boot it once on that
     * database, then stop it), through {@code COPY post FROM STDIN} (PgJDBC's {@code CopyManager}), one
     * {@code COPY} and one commit per 100,000 posts. With {@code -Dindexes=after} (the default from 2,000,000
     * posts) the table's secondary indexes are dropped first and made again afterwards from their own
     * definitions ({@code pg_indexes.indexdef}, saved before), so the table ends with exactly the schema's
     * indexes; the primary key stays (other tables' foreign keys need it). Then {@code ANALYZE post}.
     */
    private static void seedPostgres(String[] args) throws SQLException {
        int count = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 2025;
        boolean indexesAfter = "after".equals(System.getProperty("indexes", count >= 2_000_000 ? "after" : "keep"));
        Properties properties = new Properties();
        properties.setProperty("user", System.getProperty("user", "entraide"));
        properties.setProperty("password", System.getProperty("password", ""));
        long started = System.nanoTime();
        try (Connection connection = DriverManager.getConnection(args[0], properties)) {
            long before = rows(connection);
            List<String> indexes = indexesAfter ? dropSecondaryIndexes(connection) : List.of();
            connection.setAutoCommit(false);
            copy(connection, count, seed);
            connection.setAutoCommit(true);
            long inserted = System.nanoTime();
            System.out.printf("copied %,d posts in %.1f s (%,d before)%n", count, (inserted - started) / 1e9, before);
            try (Statement statement = connection.createStatement()) {
                statement.execute("SET maintenance_work_mem = '512MB'");
                for (String index : indexes) {
                    long time = System.nanoTime();
                    statement.execute(index);
                    System.out.printf("%s: %.1f s%n", index, (System.nanoTime() - time) / 1e9);
                }
                long analyzed = System.nanoTime();
                statement.execute("ANALYZE post");
                System.out.printf("statistics updated in %.1f s; %,d posts in all%n",
                        (System.nanoTime() - analyzed) / 1e9, rows(connection));
            }
        }
        System.out.printf("seeded in %.1f s%n", (System.nanoTime() - started) / 1e9);
    }

    /** Drops the indexes of {@code post} that back no constraint, and returns the statements that make them. */
    private static List<String> dropSecondaryIndexes(Connection connection) throws SQLException {
        List<String> made = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i"
                        + " WHERE i.schemaname = current_schema() AND i.tablename = 'post' AND NOT EXISTS"
                        + " (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname) ORDER BY i.indexname")) {
            while (result.next()) {
                names.add(result.getString(1));
                made.add(result.getString(2));
            }
        }
        try (Statement statement = connection.createStatement()) {
            for (String name : names) {
                statement.execute("DROP INDEX " + name);
            }
        }
        System.out.printf("dropped %s, made again after the copy%n", names);
        return made;
    }

    private static void copy(Connection connection, int count, long seed) throws SQLException {
        CopyManager copies = connection.unwrap(PGConnection.class).getCopyAPI();
        String sql = "COPY post (id, kind, category, title, body, availability, status, author_id, loc_lat, loc_lon,"
                + " pub_lat, pub_lon, cell_0, cell_1, cell_2, cell_3, followers_count, responses_count,"
                + " expiry_notified, created_at, updated_at, expires_at, version) FROM STDIN";
        StringBuilder text = new StringBuilder(1 << 20);
        CopyIn[] copy = {null};
        generate(count, seed, (row, i) -> {
            if (copy[0] == null) {
                copy[0] = copies.copyIn(sql);
            }
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    text.append('\t');
                }
                append(text, row[c]);
                if (c == 15) {
                    text.append("\t0\t0\tf");
                }
            }
            text.append("\t0\n");
            if (text.length() > (1 << 19) || (i + 1) % COPY_EVERY == 0 || i + 1 == count) {
                byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
                copy[0].writeToCopy(bytes, 0, bytes.length);
                text.setLength(0);
            }
            if ((i + 1) % COPY_EVERY == 0 || i + 1 == count) {
                copy[0].endCopy();
                copy[0] = null;
                connection.commit();
            }
        });
    }

    /** One value in COPY's text format. */
    private static void append(StringBuilder text, Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        String s = value.toString();
        for (int k = 0; k < s.length(); k++) {
            char ch = s.charAt(k);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(ch);
            }
        }
    }

    private static void insert(Connection connection, int count, long seed) throws SQLException {
        String sql = "INSERT INTO post (id, kind, category, title, body, availability, status, author_id,"
                + " loc_lat, loc_lon, pub_lat, pub_lon, cell_0, cell_1, cell_2, cell_3, followers_count,"
                + " responses_count, expiry_notified, created_at, updated_at, expires_at, version)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, FALSE, ?, ?, ?, 0)";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            generate(count, seed, (row, i) -> {
                for (int c = 0; c < row.length; c++) {
                    if (row[c] == null) {
                        insert.setNull(c + 1, Types.VARCHAR);
                    } else {
                        insert.setObject(c + 1, row[c]);
                    }
                }
                insert.addBatch();
                if ((i + 1) % BATCH == 0 || i + 1 == count) {
                    insert.executeBatch();
                }
                if ((i + 1) % COMMIT_EVERY == 0 || i + 1 == count) {
                    connection.commit();
                }
            });
        }
    }

    /** Where the generated posts go: the values of one row, in the order of the INSERT's parameters. */
    @FunctionalInterface
    private interface Rows {
        void accept(Object[] row, int index) throws SQLException;
    }

    /** The posts of the reference workload, the same for a given count and seed whatever they are written to. */
    private static void generate(int count, long seed, Rows sink) throws SQLException {
        GeoRadiusComponent geo = new GeoRadiusComponent();
        double[] points = Workload.load().points(count, seed);
        Random random = new Random(seed + 1);
        String[] authors = new String[AUTHORS];
        for (int i = 0; i < AUTHORS; i++) {
            authors[i] = new UUID(random.nextLong(), random.nextLong()).toString();
        }
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        long last = System.nanoTime();
        Object[] row = new Object[19];
        for (int i = 0; i < count; i++) {
            GeoPoint location = new GeoPoint(points[2 * i], points[2 * i + 1]);
            GeoPoint publicPosition = geo.publicPosition(location);
            List<Long> cells = geo.cellKeys(publicPosition);
            boolean request = random.nextBoolean();
            int category = random.nextInt(CATEGORIES.length);
            String[] titles = (request ? REQUEST_TITLES : OFFER_TITLES)[category];
            boolean open = random.nextDouble() < 0.9;
            Instant created = now.minus(1 + (long) (random.nextDouble() * SPAN_MICROS), ChronoUnit.MICROS);
            // Open posts expire between 2 and 30 days from now: none expires, nor is notified, during a run.
            Instant expires = open ? now.plus(2 * 24 * 60 + random.nextInt(28 * 24 * 60), ChronoUnit.MINUTES)
                    : created.plus(request ? 14 : 30, ChronoUnit.DAYS);
            int p = 0;
            row[p++] = new UUID(random.nextLong(), random.nextLong()).toString();
            row[p++] = request ? "REQUEST" : "OFFER";
            row[p++] = CATEGORIES[category];
            row[p++] = titles[random.nextInt(titles.length)];
            row[p++] = BODIES[random.nextInt(BODIES.length)];
            row[p++] = AVAILABILITY[random.nextInt(AVAILABILITY.length)];
            row[p++] = open ? "OPEN" : "CLOSED";
            row[p++] = authors[random.nextInt(AUTHORS)];
            row[p++] = location.lat();
            row[p++] = location.lon();
            row[p++] = publicPosition.lat();
            row[p++] = publicPosition.lon();
            for (int level = 0; level < 4; level++) {
                row[p++] = cells.get(level);
            }
            row[p++] = Timestamp.from(created);
            row[p++] = Timestamp.from(created);
            row[p] = Timestamp.from(expires);
            sink.accept(row, i);
            if ((i + 1) % 100_000 == 0) {
                long time = System.nanoTime();
                System.out.printf("%,d posts, last 100,000 in %.1f s%n", i + 1, (time - last) / 1e9);
                last = time;
            }
        }
    }

    private static long rows(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT COUNT(*) FROM post")) {
            result.next();
            return result.getLong(1);
        }
    }

    private static void shutdown(Path database) {
        try {
            DriverManager.getConnection("jdbc:derby:" + database + ";shutdown=true").close();
        } catch (SQLException e) {
            // Derby reports a clean shutdown of one database with SQL state 08006.
            if (!"08006".equals(e.getSQLState())) {
                throw new IllegalStateException("Derby did not shut down cleanly", e);
            }
            System.out.println("database shut down cleanly");
        }
    }
}
