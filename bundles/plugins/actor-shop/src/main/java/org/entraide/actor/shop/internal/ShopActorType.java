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
package org.entraide.actor.shop.internal;

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
 * Local shops and artisans: their trade, weekly opening hours, SIRET, and whether they deliver or
 * offer click and collect.
 *
 * <p>Beyond the schema: the SIRET must pass its check digits ({@link FrenchIdentifiers}, with La Poste's
 * exception), and the opening hours, which are required, must open at least once in the week.
 */
@Component(service = ActorType.class, property = ActorType.TYPE_PROPERTY + "=" + ShopActorType.KEY)
public class ShopActorType implements ActorType {

    /** The type's key. */
    static final String KEY = "shop";

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.of("trade", FieldKind.CHOICE, "Activité", "Trade")
                    .asRequired()
                    .withChoices(List.of(
                            Choice.of("grocery", "Épicerie", "Grocery"),
                            Choice.of("bakery", "Boulangerie, pâtisserie", "Bakery"),
                            Choice.of("butcher", "Boucherie", "Butcher"),
                            Choice.of("pharmacy", "Pharmacie", "Pharmacy"),
                            Choice.of("newsagent", "Presse, tabac", "Newsagent"),
                            Choice.of("hardware", "Quincaillerie", "Hardware store"),
                            Choice.of("florist", "Fleuriste", "Florist"),
                            Choice.of("hairdresser", "Coiffure", "Hairdresser"),
                            Choice.of("restaurant", "Restaurant", "Restaurant"),
                            Choice.of("plumber", "Plomberie", "Plumber"),
                            Choice.of("electrician", "Électricité", "Electrician"),
                            Choice.of("mason", "Maçonnerie", "Mason"),
                            Choice.of("carpenter", "Menuiserie, charpente", "Carpenter"),
                            Choice.of("mechanic", "Garage, mécanique", "Mechanic"),
                            Choice.of("other", "Autre", "Other"))),
            FieldSpec.of("openingHours", FieldKind.WEEKLY_HOURS, "Horaires d'ouverture", "Opening hours")
                    .asRequired()
                    .withHelp("Pour chaque jour, les plages d'ouverture ; pour un artisan, les heures où l'on"
                            + " peut vous joindre.",
                            "For each day, the opening times; for an artisan, the hours when you can be"
                            + " reached."),
            FieldSpec.of("siret", FieldKind.TEXT, "Numéro SIRET", "SIRET number")
                    .asRequired()
                    .withMaxLength(14)
                    .withPattern("[0-9]{14}")
                    .withHelp("Les 14 chiffres de votre établissement, sans espaces (avis de situation Insee,"
                            + " annuaire-entreprises.data.gouv.fr).",
                            "The 14 digits of your establishment, without spaces (Insee notice,"
                            + " annuaire-entreprises.data.gouv.fr)."),
            FieldSpec.of("delivers", FieldKind.BOOLEAN, "Livraison à domicile", "Home delivery")
                    .withHelp("Cochez si vous livrez vos clients chez eux.",
                            "Tick if you deliver to customers' homes."),
            FieldSpec.of("clickAndCollect", FieldKind.BOOLEAN, "Retrait de commandes (click and collect)",
                    "Click and collect")
                    .withHelp("Cochez si l'on peut commander à l'avance et passer retirer.",
                            "Tick if customers can order ahead and pick up."));

    private static final Map<String, String> NAMES = Map.of("fr", "Commerce et artisan", "en", "Shop and artisan");

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
        Object hours = attributes.get("openingHours");
        if (hours instanceof Map && !opensAtAll((Map<?, ?>) hours)) {
            errors.add(FieldError.of("attributes.openingHours", "never_open",
                    "doit ouvrir au moins une fois dans la semaine", "must open at least once in the week"));
        }
    }

    private static boolean opensAtAll(Map<?, ?> week) {
        for (Object intervals : week.values()) {
            if (intervals instanceof List && !((List<?>) intervals).isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
