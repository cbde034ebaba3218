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
package org.entraide.actor.producer.internal;

import java.util.List;
import java.util.Map;
import org.entraide.api.error.FieldError;
import org.entraide.api.plugin.ActorContext;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.Choice;
import org.entraide.api.plugin.FieldKind;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.FrenchIdentifiers;
import org.osgi.service.component.annotations.Component;

/**
 * Local producers (farmers, market gardeners, beekeepers, bakers, winegrowers, fishers...): what they
 * produce, their quality labels, how they sell, their SIRET and when one can come and buy.
 *
 * <p>Beyond the schema: the SIRET must pass its check digits ({@link FrenchIdentifiers}, with La Poste's
 * exception), and "no label" cannot be chosen together with a label.
 */
@Component(service = ActorType.class, property = ActorType.TYPE_PROPERTY + "=" + ProducerActorType.KEY)
public class ProducerActorType implements ActorType {

    /** The type's key. */
    static final String KEY = "producer";

    /** The key of the "no label" choice of {@code labels}. */
    static final String NO_LABEL = "none";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.of("products", FieldKind.MULTI_CHOICE, "Produits", "Products")
                    .asRequired()
                    .withBounds(1.0, null)
                    .withChoices(List.of(
                            Choice.of("vegetables", "Légumes", "Vegetables"),
                            Choice.of("fruit", "Fruits", "Fruit"),
                            Choice.of("dairy", "Produits laitiers", "Dairy products"),
                            Choice.of("cheese", "Fromages", "Cheese"),
                            Choice.of("meat", "Viande", "Meat"),
                            Choice.of("poultry", "Volailles", "Poultry"),
                            Choice.of("eggs", "Œufs", "Eggs"),
                            Choice.of("honey", "Miel", "Honey"),
                            Choice.of("bread", "Pain", "Bread"),
                            Choice.of("wine", "Vin", "Wine"),
                            Choice.of("olive-oil", "Huile d'olive", "Olive oil"),
                            Choice.of("charcuterie", "Charcuterie", "Charcuterie"),
                            Choice.of("fish", "Poisson", "Fish"),
                            Choice.of("flowers", "Fleurs", "Flowers"),
                            Choice.of("other", "Autre", "Other")))
                    .withHelp("Au moins un.", "At least one."),
            FieldSpec.of("labels", FieldKind.MULTI_CHOICE, "Labels et signes de qualité", "Quality labels")
                    .withChoices(List.of(
                            Choice.of("ab", "Agriculture biologique (AB)", "Organic farming (AB)"),
                            Choice.of("label-rouge", "Label Rouge", "Label Rouge"),
                            Choice.of("aop-aoc", "AOP / AOC", "PDO / AOC"),
                            Choice.of("igp", "IGP", "PGI (IGP)"),
                            Choice.of("hve", "Haute valeur environnementale (HVE)", "High environmental value (HVE)"),
                            Choice.of("nature-progres", "Nature & Progrès", "Nature & Progrès"),
                            Choice.of("bienvenue-a-la-ferme", "Bienvenue à la ferme", "Bienvenue à la ferme"),
                            Choice.of(NO_LABEL, "Aucun", "None")))
                    .withHelp("Ceux que vous êtes en droit d'afficher, certificat à l'appui.",
                            "Those you are entitled to display, with a certificate."),
            FieldSpec.of("saleModes", FieldKind.MULTI_CHOICE, "Modes de vente", "Sale modes")
                    .asRequired()
                    .withBounds(1.0, null)
                    .withChoices(List.of(
                            Choice.of("farm", "Vente à la ferme", "At the farm"),
                            Choice.of("market", "Marchés", "Markets"),
                            Choice.of("baskets", "Paniers (AMAP…)", "Baskets (CSA…)"),
                            Choice.of("delivery", "Livraison", "Delivery"),
                            Choice.of("shop", "Boutique, magasin de producteurs", "Shop, farmers' store")))
                    .withHelp("Au moins un.", "At least one."),
            FieldSpec.of("siret", FieldKind.TEXT, "Numéro SIRET", "SIRET number")
                    .asRequired()
                    .withMaxLength(14)
                    .withPattern("[0-9]{14}")
                    .withHelp("Les 14 chiffres de votre établissement, sans espaces (avis de situation Insee,"
                            + " annuaire-entreprises.data.gouv.fr).",
                            "The 14 digits of your establishment, without spaces (Insee notice,"
                            + " annuaire-entreprises.data.gouv.fr)."),
            FieldSpec.of("openingHours", FieldKind.WEEKLY_HOURS, "Horaires de vente", "Sales hours")
                    .withHelp("Quand on peut venir acheter à la ferme ou à la boutique.",
                            "When customers can come and buy at the farm or the shop."));

    private static final Map<String, String> NAMES = Map.of("fr", "Producteur local", "en", "Local producer");

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Map<String, String> names() {
        return NAMES;
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public void validate(Map<String, Object> attributes, ActorContext context, List<FieldError> errors) {
        Object siret = attributes.get("siret");
        if (siret instanceof String && !FrenchIdentifiers.isValidSiret((String) siret)) {
            errors.add(FieldError.of("attributes.siret", "not_a_siret",
                    "n'est pas un SIRET valide : l'un de ses 14 chiffres est faux",
                    "is not a valid SIRET: one of its 14 digits is wrong"));
        }
        Object labels = attributes.get("labels");
        if (labels instanceof List && ((List<?>) labels).contains(NO_LABEL) && ((List<?>) labels).size() > 1) {
            errors.add(FieldError.of("attributes.labels", "not_allowed",
                    "ne peut valoir none en même temps qu'un label",
                    "cannot be none together with a label"));
        }
    }
}
