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
package org.entraide.operation.donationbox.internal;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.entraide.api.error.FieldError;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.Choice;
import org.entraide.api.plugin.FieldKind;
import org.entraide.api.plugin.FieldSpec;
import org.entraide.api.plugin.OperationContext;
import org.entraide.api.plugin.OperationType;
import org.entraide.api.plugin.Schemas;
import org.entraide.api.plugin.ParticipationContext;
import org.osgi.service.component.annotations.Component;

/**
 * Donation boxes ("boîtes à dons"): a box, a shelf or a cupboard where anyone leaves what others may take.
 *
 * <p>An operation says what the box accepts, when it can be reached and where it stands. A participation
 * is either a deposit, listing what was left (only items the box accepts), or a report on the state of
 * the box (full, empty, missing some items, damaged, in good order), so that neighbours know whether a
 * trip is worth it and what to bring.
 */
@Component(service = OperationType.class,
        property = ActorType.TYPE_PROPERTY + "=" + DonationBoxOperationType.KEY)
public final class DonationBoxOperationType implements OperationType {

    /** The type's key. */
    static final String KEY = "donation-box";

    static final String ACCEPTED_ITEMS = "acceptedItems";
    static final String ACCESS_HOURS = "accessHours";
    static final String PLACEMENT = "placement";
    static final String INSTRUCTIONS = "instructions";

    static final String KIND = "kind";
    static final String ITEMS = "items";
    static final String BOX_STATUS = "boxStatus";
    static final String NEEDS = "needs";
    static final String COMMENT = "comment";

    static final String DEPOSIT = "deposit";
    static final String STATUS_REPORT = "status-report";
    static final String NEEDS_ITEMS = "needs-items";

    private static final String PREFIX = "attributes.";

    private static final List<Choice> ITEM_CHOICES = List.of(
            Choice.of("food", "Denrées alimentaires", "Food"),
            Choice.of("clothes", "Vêtements", "Clothes"),
            Choice.of("books", "Livres", "Books"),
            Choice.of("toys", "Jouets", "Toys"),
            Choice.of("hygiene", "Produits d'hygiène", "Hygiene products"),
            Choice.of("school-supplies", "Fournitures scolaires", "School supplies"),
            Choice.of("baby-items", "Articles pour bébé", "Baby items"),
            Choice.of("household", "Articles pour la maison", "Household items"),
            Choice.of("other", "Autre", "Other"));

    private static final List<FieldSpec> FIELDS = List.of(
            FieldSpec.of(ACCEPTED_ITEMS, FieldKind.MULTI_CHOICE, "Articles acceptés", "Accepted items")
                    .asRequired()
                    .withBounds(1.0, null)
                    .withChoices(ITEM_CHOICES)
                    .withHelp("Ce que la boîte peut recevoir ; tout autre dépôt est refusé.",
                            "What the box takes; deposits of anything else are refused."),
            FieldSpec.of(ACCESS_HOURS, FieldKind.WEEKLY_HOURS, "Horaires d'accès", "Access hours")
                    .asRequired()
                    .withHelp("Quand on peut y déposer ou y prendre ; accès permanent : 00:00–23:59 chaque jour.",
                            "When people can drop off or take; round the clock: 00:00–23:59 every day."),
            FieldSpec.of(PLACEMENT, FieldKind.CHOICE, "Emplacement", "Placement")
                    .withChoices(List.of(
                            Choice.of("indoor", "À l'intérieur (hall, commerce, mairie…)",
                                    "Indoors (hall, shop, town hall…)"),
                            Choice.of("outdoor", "En extérieur", "Outdoors")))
                    .withHelp("Une boîte en extérieur craint la pluie et le soleil : adaptez les articles.",
                            "An outdoor box is exposed to rain and sun: choose the items accordingly."),
            FieldSpec.of(INSTRUCTIONS, FieldKind.TEXT, "Consignes de dépôt", "Drop-off instructions")
                    .withMaxLength(500)
                    .withHelp("Par exemple : vêtements propres et pliés, pas de denrées entamées ni périmées.",
                            "For instance: clean, folded clothes; no opened or expired food."));

    private static final List<FieldSpec> PARTICIPATION_FIELDS = List.of(
            FieldSpec.of(KIND, FieldKind.CHOICE, "Je viens pour", "I am here for")
                    .asRequired()
                    .withChoices(List.of(
                            Choice.of(DEPOSIT, "Déposer des dons", "Dropping off donations"),
                            Choice.of(STATUS_REPORT, "Signaler l'état de la boîte", "Reporting the box's state"))),
            FieldSpec.of(ITEMS, FieldKind.MULTI_CHOICE, "Articles déposés", "Items dropped off")
                    .withChoices(ITEM_CHOICES)
                    .withHelp("Pour un dépôt : parmi les articles que la boîte accepte.",
                            "For a deposit: among the items the box accepts."),
            FieldSpec.of(BOX_STATUS, FieldKind.CHOICE, "État de la boîte", "State of the box")
                    .withChoices(List.of(
                            Choice.of("full", "Pleine", "Full"),
                            Choice.of("empty", "Vide", "Empty"),
                            Choice.of(NEEDS_ITEMS, "Il manque certains articles", "Some items are needed"),
                            Choice.of("damaged", "Abîmée ou sale", "Damaged or dirty"),
                            Choice.of("ok", "En bon état", "In good order")))
                    .withHelp("Pour un signalement.", "For a status report."),
            FieldSpec.of(NEEDS, FieldKind.MULTI_CHOICE, "Articles qui manquent", "Items needed")
                    .withChoices(ITEM_CHOICES)
                    .withHelp("Si la boîte manque d'articles : lesquels, parmi ceux qu'elle accepte.",
                            "When the box needs items: which ones, among those it accepts."),
            FieldSpec.of(COMMENT, FieldKind.TEXT, "Commentaire", "Comment")
                    .withMaxLength(500));

    @Override
    public String key() {
        return KEY;
    }

    @Override
    public Map<String, String> names() {
        return Map.of("fr", "Boîte à dons", "en", "Donation box");
    }

    @Override
    public List<FieldSpec> fields() {
        return FIELDS;
    }

    @Override
    public List<FieldSpec> participationFields() {
        return PARTICIPATION_FIELDS;
    }

    /**
     * The participation form offers only what this operation allows: the items dropped off and the items
     * missing, among those the box accepts.
     */
    @Override
    public List<FieldSpec> participationFieldsFor(Map<String, Object> operation) {
        return PARTICIPATION_FIELDS.stream().map(field -> offered(field, operation)).collect(Collectors.toList());
    }

    private static FieldSpec offered(FieldSpec field, Map<String, Object> operation) {
        switch (field.name()) {
            case ITEMS:
                return field.restrictedTo(Schemas.strings(operation.get(ACCEPTED_ITEMS)));
            case NEEDS:
                return field.restrictedTo(Schemas.strings(operation.get(ACCEPTED_ITEMS)));
            default:
                return field;
        }
    }

    /** A box must open at least once a week: the schema alone accepts a week without any interval. */
    @Override
    public void validate(Map<String, Object> attributes, OperationContext context, List<FieldError> errors) {
        Object hours = attributes.get(ACCESS_HOURS);
        if (hours instanceof Map && ((Map<?, ?>) hours).values().stream()
                .noneMatch(day -> day instanceof Collection && !((Collection<?>) day).isEmpty())) {
            errors.add(FieldError.of(PREFIX + ACCESS_HOURS, "never_open", "doit ouvrir au moins une fois par semaine",
                    "must open at least once a week"));
        }
    }

    /**
     * A deposit lists what was left, among what the box accepts, and has no state; a status report gives
     * the state and no deposited items; the items needed are given when, and only when, the state is
     * {@code needs-items}, again among what the box accepts. An empty list counts as no list. When the
     * stored operation has no accepted items at all (data older than this rule), items are not restricted.
     */
    @Override
    public void validateParticipation(Map<String, Object> attributes, ParticipationContext context,
            List<FieldError> errors) {
        Object kind = attributes.get(KIND);
        List<String> items = Schemas.strings(attributes.get(ITEMS));
        Object status = attributes.get(BOX_STATUS);
        List<String> needs = Schemas.strings(attributes.get(NEEDS));
        Object accepted = context.operationAttributes().get(ACCEPTED_ITEMS);
        if (DEPOSIT.equals(kind)) {
            if (items.isEmpty()) {
                errors.add(FieldError.of(PREFIX + ITEMS, "required", "est obligatoire pour un dépôt",
                        "is required for a deposit"));
            }
            if (status != null) {
                errors.add(FieldError.of(PREFIX + BOX_STATUS, "not_allowed", "ne vaut que pour un signalement d'état",
                        "is only for a status report"));
            }
            checkAccepted(items, accepted, ITEMS, errors);
        } else if (STATUS_REPORT.equals(kind)) {
            if (status == null) {
                errors.add(FieldError.of(PREFIX + BOX_STATUS, "required", "est obligatoire pour un signalement d'état",
                        "is required for a status report"));
            }
            if (!items.isEmpty()) {
                errors.add(FieldError.of(PREFIX + ITEMS, "not_allowed", "ne valent que pour un dépôt",
                        "are only for a deposit"));
            }
        }
        if (NEEDS_ITEMS.equals(status)) {
            if (needs.isEmpty()) {
                errors.add(FieldError.of(PREFIX + NEEDS, "required", "est obligatoire quand la boîte a des besoins",
                        "is required when the box needs items"));
            }
            checkAccepted(needs, accepted, NEEDS, errors);
        } else if (!needs.isEmpty()) {
            errors.add(FieldError.of(PREFIX + NEEDS, "not_allowed", "ne vaut que pour une boîte qui a des besoins",
                    "is only for a box that needs items"));
        }
    }

    private static void checkAccepted(List<String> chosen, Object accepted, String field, List<FieldError> errors) {
        if (accepted == null) {
            return;
        }
        List<String> acceptedKeys = Schemas.strings(accepted);
        if (!acceptedKeys.containsAll(chosen)) {
            errors.add(FieldError.of(PREFIX + field, "not_accepted",
                    "doit être parmi ce que cette boîte accepte : " + String.join(", ", acceptedKeys),
                    "must be among what this box accepts: " + String.join(", ", acceptedKeys)));
        }
    }

}
