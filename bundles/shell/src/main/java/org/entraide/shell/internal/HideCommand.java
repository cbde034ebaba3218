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

import java.util.Locale;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.entraide.api.error.EntraideException;
import org.entraide.services.moderation.ModerationService;
import org.entraide.services.moderation.ModerationTarget;

/**
 * Hides a post, an actor (its operations with it), an operation or a message from everyone but those who answer
 * for it and its moderators, or restores it, through the moderation service as a moderator would: its open reports
 * are closed, the action is logged (as done by {@code karaf-shell}), the author and the reporters are told. It
 * replaces {@code entraide:post-hide}, which did posts only and logged nothing.
 */
@Service
@Command(scope = "entraide", name = "hide", description = "Hide a post, an actor, an operation or a message"
        + " (its open reports are closed; logged); with --restore, give it back")
public class HideCommand implements Action {

    @Argument(index = 0, name = "type", required = true, description = "post, actor, operation or message")
    @Completion(TargetTypeCompleter.class)
    String type;

    @Argument(index = 1, name = "id", required = true, description = "The target's id")
    String id;

    @Option(name = "--reason", aliases = "-r", description = "Why: required to hide, 1 to 500 characters, told to"
            + " the author")
    String reason;

    @Option(name = "--restore", description = "Restore the target instead")
    boolean restore;

    @Reference
    ModerationService moderation;

    @Override
    public Object execute() {
        String targetType = type == null ? null : type.toUpperCase(Locale.ROOT);
        try {
            ModerationTarget target = restore ? moderation.restore(Operators.SHELL, targetType, id, reason)
                    : moderation.hide(Operators.SHELL, targetType, id, reason);
            System.out.println(describe(target));
        } catch (EntraideException e) {
            System.err.println(Accounts.describe(e));
        }
        return null;
    }

    /** {@code POST 42 "Perceuse à prêter" is now HIDDEN}, or {@code VISIBLE}. */
    static String describe(ModerationTarget target) {
        return target.type() + " " + target.id() + " \"" + (target.summary() == null ? "" : target.summary())
                + "\" is now " + (target.hidden() ? "HIDDEN" : "VISIBLE");
    }
}
