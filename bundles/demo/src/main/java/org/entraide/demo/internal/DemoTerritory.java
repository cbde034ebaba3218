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
package org.entraide.demo.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.entraide.services.actor.Contact;
import org.entraide.services.actor.NewActor;
import org.entraide.services.identity.Role;
import org.entraide.services.operation.NewOperation;
import org.entraide.services.post.NewPost;

/**
 * The content of the demo territory, around Ajaccio, Sagone, Vico and Cargèse (Corse-du-Sud): residents,
 * their requests and offers, one actor of each shipped type, their operations and a few participations.
 *
 * <p>Pure data, so that tests can check it against the real plugin types; {@link Seeding} writes it
 * through the public services. Every person, business and number here is fictional, except the places and
 * the INSEE code of Vico (2A348); the SIRETs are made up and only pass their check digits.
 *
 * <p>Over 300 lines because it is the territory's whole content, kept in one place where the keys that link
 * residents, posts, actors, operations and participations can be read together.
 */
final class DemoTerritory {

    /** The one password of every demo account, documented in the log and the operator guide. */
    static final String PASSWORD = "Lune bleue sur Vico, 7 chats";

    /** The domain of the demo accounts' emails. */
    static final String DOMAIN = "@demo.entraide.fr";

    /** The account whose existence means that the territory is seeded already; created first. */
    static final String MARKER = "mj";

    /** How long the demo posts stay open: longer than the defaults, within the 90-day maximum. */
    static final Duration POST_LIFE = Duration.ofDays(60);

    private DemoTerritory() {
    }

    /** A demo resident, with a key the other records refer to. */
    record Resident(String key, String email, String displayName, double homeLat, double homeLon,
            Set<Role> roles) {
    }

    /** A request or an offer, by a resident. */
    record DemoPost(String author, NewPost post) {
    }

    /** A local actor, created and managed by a resident. */
    record DemoActor(String key, String manager, NewActor actor) {
    }

    /** An operation of an actor, proposed by the actor's manager. */
    record DemoOperation(String key, String actor, NewOperation operation) {
    }

    /** A resident joining an operation. */
    record DemoParticipation(String participant, String operation, Map<String, Object> attributes) {
    }

    /** A resident following an actor. */
    record DemoFollow(String follower, String actor) {
    }

    /** The residents, the marker first; Marie-Josée is the territory's moderator. */
    static List<Resident> residents() {
        return List.of(
                new Resident(MARKER, "marie-josee.santoni" + DOMAIN, "Marie-Josée Santoni", 41.9192, 8.7386,
                        Set.of(Role.RESIDENT, Role.MODERATOR)),
                new Resident("antoine", "antoine.leca" + DOMAIN, "Antoine Leca", 41.9262, 8.7291,
                        Set.of(Role.RESIDENT)),
                new Resident("paule", "paule.colonna" + DOMAIN, "Paule Colonna", 42.1147, 8.6936,
                        Set.of(Role.RESIDENT)),
                new Resident("jb", "jean-baptiste.ceccaldi" + DOMAIN, "Jean-Baptiste Ceccaldi", 42.1668, 8.7989,
                        Set.of(Role.RESIDENT)),
                new Resident("laetitia", "laetitia.mariani" + DOMAIN, "Laetitia Mariani", 42.1363, 8.5959,
                        Set.of(Role.RESIDENT)),
                new Resident("dominique", "dominique.pietri" + DOMAIN, "Dominique Pietri", 42.1641, 8.7952,
                        Set.of(Role.RESIDENT)));
    }

    /** The requests and offers, each at its author's home, open for {@link #POST_LIFE} from {@code now}. */
    static List<DemoPost> posts(Instant now) {
        Instant expiry = now.plus(POST_LIFE);
        return List.of(
                new DemoPost("antoine", post("OFFER", "errands", "Je suis dispo les week-ends pour des courses",
                        "Je fais mes courses le samedi matin au marché du boulevard du Roi-Jérôme puis aux Salines."
                        + " Si vous avez du mal à vous déplacer, donnez-moi votre liste : je vous dépose les sacs"
                        + " devant la porte, vous me remboursez sur ticket.",
                        "Samedi et dimanche matin", expiry)),
                new DemoPost(MARKER, onBehalf(post("REQUEST", "company",
                        "Une visite le jeudi après-midi pour Jeanne",
                        "Jeanne, ma voisine de palier, a 87 ans et sort peu depuis l'hiver. Elle aimerait un peu de"
                        + " compagnie pour discuter, jouer aux cartes ou faire quelques pas sur le cours Grandval."
                        + " Elle n'a ni portable ni ordinateur : elle m'a demandé de publier ce message pour elle,"
                        + " je vous mettrai en relation.",
                        "Le jeudi de 15 h à 17 h", expiry), "Jeanne, une voisine")),
                new DemoPost("paule", post("REQUEST", "gardening", "Un coup de main pour tailler mes oliviers",
                        "J'ai une dizaine d'oliviers derrière la maison, sur la route de Vico. Je ne peux plus"
                        + " monter à l'échelle : je fournis l'échelle, les sécateurs et le café, et je vous"
                        + " donnerai de l'huile à la récolte.",
                        "En semaine, plutôt le matin", expiry)),
                new DemoPost("paule", post("OFFER", "donations", "Je donne un lit parapluie et une poussette",
                        "Mes petits-enfants ont grandi : lit parapluie avec son matelas et poussette pliable, en"
                        + " bon état. À venir chercher à Sagone.",
                        null, expiry)),
                new DemoPost("jb", post("OFFER", "transport", "Trajet Vico – Ajaccio chaque mardi",
                        "Je descends à Ajaccio tous les mardis : départ de Vico à 8 h, retour vers 17 h. Deux"
                        + " places libres pour un rendez-vous médical, la préfecture ou des courses. Je ne demande"
                        + " pas de participation aux frais.",
                        "Le mardi", expiry)),
                new DemoPost("jb", post("REQUEST", "computer", "Installer une imprimante sur mon ordinateur",
                        "J'ai acheté une imprimante pour imprimer mes billets et mes ordonnances, mais je n'arrive"
                        + " pas à l'installer sur mon ordinateur portable. Quelqu'un de patient à Vico ?",
                        "Le soir après 18 h", expiry)),
                new DemoPost("laetitia", post("OFFER", "computer", "Aide pour les démarches en ligne",
                        "Ancienne secrétaire de mairie, je peux vous aider pour Ameli, les impôts, la CAF ou une"
                        + " carte grise, chez vous à Cargèse ou à la médiathèque. Apportez vos identifiants si"
                        + " vous les avez, sinon on les retrouve ensemble.",
                        "Le mercredi et le vendredi après-midi", expiry)),
                new DemoPost("laetitia", post("REQUEST", "pets", "Nourrir mes chats une semaine en août",
                        "Je pars du 10 au 17 août. Il faudrait passer une fois par jour à Cargèse pour donner à"
                        + " manger à mes chats et changer leur eau. Ils sont gentils, un peu timides.",
                        "Du 10 au 17 août", expiry)),
                new DemoPost("dominique", post("REQUEST", "diy", "Réparer un volet qui bat au vent",
                        "Un volet de la chambre ne ferme plus : une penture s'est desserrée et il claque dès que le"
                        + " vent se lève. Je cherche quelqu'un d'un peu bricoleur, avec une perceuse si possible.",
                        "Le samedi", expiry)),
                new DemoPost("dominique", post("OFFER", "gardening", "Plants de tomates et de courgettes à partager",
                        "J'ai semé trop large cette année : une trentaine de plants de tomates (cœur de bœuf,"
                        + " cerise) et de courgettes à donner. Passez au jardin, en haut du village.",
                        "Tous les jours en fin d'après-midi", expiry)),
                new DemoPost("antoine", post("OFFER", "lending", "Je prête une débroussailleuse et une remorque",
                        "Débroussailleuse thermique et petite remorque bâchée, prêtées pour un week-end. Rendez-les"
                        + " avec le plein, c'est tout ce que je demande.",
                        null, expiry)),
                new DemoPost(MARKER, post("OFFER", "company", "Lecture à voix haute pour qui ne voit plus bien",
                        "Je lis volontiers le journal, le courrier ou un roman à une personne malvoyante, chez elle"
                        + " à Ajaccio, une heure ou deux par semaine.",
                        "Le lundi et le jeudi matin", expiry)));
    }

    /** One actor of each type: an association, a producer, a shop and a commune. */
    static List<DemoActor> actors() {
        Map<String, Object> association = new LinkedHashMap<>();
        association.put("rna", "W2A1002345");
        association.put("fieldOfAction", "solidarity");
        association.put("lookingForVolunteers", true);
        association.put("volunteerNeeds", "Tri des dons et accueil du public, le mercredi de 14 h à 17 h.");
        association.put("membershipFee", 10.0);

        Map<String, Object> producer = new LinkedHashMap<>();
        producer.put("products", List.of("honey", "olive-oil"));
        producer.put("labels", List.of("ab"));
        producer.put("saleModes", List.of("farm", "market", "delivery"));
        producer.put("siret", "90412857600017");
        producer.put("openingHours", Map.of(
                "wed", List.of(List.of("16:00", "19:00")),
                "sat", List.of(List.of("09:00", "12:30"))));

        Map<String, Object> shop = new LinkedHashMap<>();
        shop.put("trade", "grocery");
        shop.put("openingHours", week(List.of(List.of("08:00", "12:30"), List.of("16:00", "19:30")),
                List.of(List.of("08:30", "12:00"))));
        shop.put("siret", "88720364400018");
        shop.put("delivers", true);
        shop.put("clickAndCollect", true);

        Map<String, Object> commune = new LinkedHashMap<>();
        commune.put("kind", "commune");
        commune.put("code", "2A348");
        commune.put("services", List.of("town-hall", "ccas", "school", "transport"));

        return List.of(
                new DemoActor("association", MARKER, new NewActor("association", "Aiutu Fraternu",
                        "Association de solidarité du centre-ville d'Ajaccio : vestiaire, livres et jouets pour"
                        + " les familles, permanence d'écoute le mercredi.",
                        41.9205, 8.7372, "Rue Fesch, 20000 Ajaccio",
                        new Contact("04 95 00 00 01", "contact" + DOMAIN, null), association)),
                new DemoActor("producer", "paule", new NewActor("producer", "Les Ruches du Liamone",
                        "Miel de maquis et huile d'olive en agriculture biologique, entre Sagone et Vico. Vente à"
                        + " la ferme le mercredi soir et le samedi matin, au marché de Sagone l'été.",
                        42.1302, 8.7208, "Route de Vico, 20118 Sagone",
                        new Contact("06 00 00 00 02", null, null), producer)),
                new DemoActor("shop", "jb", new NewActor("shop", "Épicerie du village",
                        "L'épicerie de Vico : produits frais, pain, journaux et produits corses. Livraison à"
                        + " domicile le mardi et le vendredi.",
                        42.16683, 8.79892, "Place du village, 20160 Vico",
                        new Contact("04 95 00 00 03", null, null), shop)),
                new DemoActor("commune", "dominique", new NewActor("collectivity", "Commune de Vico",
                        "Mairie de Vico : accueil, action sociale, école et transport à la demande vers Sagone.",
                        42.1672, 8.7975, "Mairie, 20160 Vico",
                        new Contact("04 95 00 00 04", "mairie" + DOMAIN, null), commune)));
    }

    /** The operations: a donation box, two home deliveries and intergenerational help. */
    static List<DemoOperation> operations() {
        Map<String, Object> box = new LinkedHashMap<>();
        box.put("acceptedItems", List.of("clothes", "books", "toys", "hygiene", "school-supplies"));
        box.put("accessHours", week(List.of(List.of("09:00", "18:00")), List.of()));
        box.put("placement", "indoor");
        box.put("instructions", "Vêtements propres et pliés, livres et jouets en bon état. Pas de denrées.");

        Map<String, Object> delivery = new LinkedHashMap<>();
        delivery.put("deliveryRadiusKm", 12.0);
        delivery.put("days", List.of("tue", "fri"));
        delivery.put("goods", List.of("groceries", "bread", "newspapers"));
        delivery.put("eligible", List.of("elderly", "disabled", "isolated"));
        delivery.put("deliveryFee", 0.0);
        delivery.put("minimumOrder", 15.0);
        delivery.put("orderingInstructions", "Commande par téléphone la veille avant 18 h, paiement à la livraison.");

        Map<String, Object> baskets = new LinkedHashMap<>();
        baskets.put("deliveryRadiusKm", 15.0);
        baskets.put("days", List.of("sat"));
        baskets.put("goods", List.of("groceries"));
        baskets.put("eligible", List.of("everyone"));
        baskets.put("deliveryFee", 2.5);
        baskets.put("orderingInstructions", "Commande avant jeudi soir : miel, huile d'olive, œufs selon saison.");

        Map<String, Object> help = new LinkedHashMap<>();
        help.put("activities", List.of("visits", "phone-calls", "digital-help", "errands", "walks"));
        help.put("schedule", Map.of(
                "wed", List.of(List.of("14:00", "17:00")),
                "sat", List.of(List.of("10:00", "12:00"))));
        help.put("capacity", 20.0);
        help.put("minimumVolunteerAge", 16.0);
        help.put("pairingDescription", "Un jeune du village et un aîné se retrouvent chaque semaine, chez l'aîné"
                + " ou à la mairie. Le CCAS présente les binômes et fait le point avec eux chaque mois.");

        return List.of(
                new DemoOperation("box", "association", operation("donation-box",
                        "Boîte à dons de la rue Fesch",
                        "Dans le hall de l'association : déposez ce dont vous n'avez plus besoin, prenez ce qui"
                        + " vous est utile.", box)),
                new DemoOperation("delivery", "shop", operation("home-delivery",
                        "Livraison de courses à domicile autour de Vico",
                        "L'épicerie livre les personnes âgées, isolées ou en situation de handicap dans un rayon"
                        + " de 12 km autour du village, jusqu'à Sagone et Coggia.", delivery)),
                new DemoOperation("baskets", "producer", operation("home-delivery",
                        "Paniers de la ferme livrés le samedi",
                        "Miel, huile d'olive et œufs livrés le samedi matin dans un rayon de 15 km.", baskets)),
                new DemoOperation("help", "commune", operation("intergenerational-help",
                        "Binômes jeunes et aînés à Vico",
                        "La commune met en relation des jeunes bénévoles et des aînés du village pour des"
                        + " visites, des appels, des courses ou de l'aide au numérique.", help)));
    }

    /** A few residents joining operations; Paule's home in Sagone lies within the Vico delivery radius. */
    static List<DemoParticipation> participations() {
        return List.of(
                new DemoParticipation("antoine", "box", Map.of(
                        "kind", "deposit",
                        "items", List.of("clothes", "books"),
                        "comment", "Deux sacs de vêtements d'enfants et une caisse de livres de poche.")),
                new DemoParticipation("paule", "delivery", Map.of(
                        "goods", List.of("groceries", "bread"),
                        "preferredDay", "fri",
                        "note", "Sonnez deux fois, je suis au jardin.")),
                new DemoParticipation("laetitia", "help", Map.of(
                        "role", "volunteer",
                        "activities", List.of("digital-help", "phone-calls"),
                        "availability", "Le mercredi après-midi",
                        "ageBracket", "26-59")));
    }

    /** Residents following actors, so that the actors' new operations reach them. */
    static List<DemoFollow> follows() {
        return List.of(
                new DemoFollow("paule", "shop"),
                new DemoFollow("laetitia", "commune"),
                new DemoFollow("antoine", "association"),
                new DemoFollow("jb", "producer"));
    }

    private static NewPost post(String kind, String category, String title, String body, String availability,
            Instant expiresAt) {
        return new NewPost(kind, category, title, body, availability, null, null, expiresAt, null, null);
    }

    private static NewPost onBehalf(NewPost post, String beneficiary) {
        return new NewPost(post.kind(), post.category(), post.title(), post.body(), post.availability(), post.lat(),
                post.lon(), post.expiresAt(), beneficiary, Boolean.TRUE);
    }

    private static NewOperation operation(String type, String title, String description,
            Map<String, Object> attributes) {
        return new NewOperation(type, title, description, null, null, null, null, "PUBLISHED", attributes);
    }

    /** Monday to Saturday with {@code weekdays}, Sunday with {@code sunday} (an empty list: closed). */
    private static Map<String, Object> week(List<List<String>> weekdays, List<List<String>> sunday) {
        Map<String, Object> week = new LinkedHashMap<>();
        for (String day : List.of("mon", "tue", "wed", "thu", "fri", "sat")) {
            week.put(day, weekdays);
        }
        if (!sunday.isEmpty()) {
            week.put("sun", sunday);
        }
        return week;
    }
}
