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
package org.entraide.plugin.testkit;

import static org.entraide.plugin.testkit.OperationTypeCheckTest.assertFails;

import java.util.List;
import java.util.Map;
import org.entraide.api.error.FieldError;
import org.entraide.api.plugin.ActorContext;
import org.entraide.api.plugin.ActorType;
import org.entraide.api.plugin.Choice;
import org.entraide.api.plugin.FieldKind;
import org.entraide.api.plugin.FieldSpec;
import org.junit.Test;

/** The kit on actor types: a good one passes, faults are named. */
public class ActorTypeCheckTest {

    /** A garage lending tools: a kind of tools, and a deposit the rule keeps in whole euros. */
    private static class ToolLibrary implements ActorType {
        List<Choice> tools = List.of(Choice.of("garden", "Jardin", "Garden"), Choice.of("diy", "Bricolage", "DIY"));

        @Override
        public String key() {
            return "tool-library";
        }

        @Override
        public Map<String, String> names() {
            return Map.of("fr", "Outilthèque", "en", "Tool library");
        }

        @Override
        public List<FieldSpec> fields() {
            return List.of(FieldSpec.of("tools", FieldKind.CHOICE, "Outils", "Tools").asRequired().withChoices(tools),
                    FieldSpec.of("deposit", FieldKind.NUMBER, "Caution (€)", "Deposit (€)").withBounds(0.0, null));
        }

        @Override
        public void validate(Map<String, Object> attributes, ActorContext context, List<FieldError> errors) {
            if (attributes.get("deposit") instanceof Double && (Double) attributes.get("deposit") % 1 != 0) {
                errors.add(FieldError.of("attributes.deposit", "not_whole", "doit être en euros entiers",
                        "must be in whole euros"));
            }
        }
    }

    @Test
    public void aGoodTypePasses() {
        ActorTypeCheck.of(new ToolLibrary())
                .valid(Map.of("tools", "garden", "deposit", 20))
                .invalid(Map.of("tools", "kitchen"), "tools", "not_a_choice")
                .invalid(Map.of("tools", "diy", "deposit", 20.5), "deposit", "not_whole")
                .invalid(Map.of("tools", "diy", "colour", "red"), "colour", "unknown_field")
                .verify();
    }

    @Test
    public void aChoiceTwiceAndAChoiceWithoutFrenchAreNamed() {
        ToolLibrary type = new ToolLibrary();
        type.tools = List.of(Choice.of("garden", "Jardin", "Garden"), Choice.of("garden", "Jardin", "Garden"),
                new Choice("diy", Map.of("en", "DIY")));
        assertFails(ActorTypeCheck.of(type), "offers the choice \"garden\" twice",
                "choice \"diy\" has no French text", "Choice.of(key, french, english)");
    }

    @Test
    public void aSampleRefusedOnAnotherFieldIsNamed() {
        assertFails(ActorTypeCheck.of(new ToolLibrary()).invalid(Map.of("tools", "kitchen"), "deposit", "required"),
                "should be refused on \"deposit\" with the code \"required\" but got [attributes.tools not_a_choice");
    }
}
