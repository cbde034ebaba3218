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

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.entraide.api.error.EntraideException;
import org.entraide.api.post.Post;
import org.entraide.api.post.PostService;

/** Hides a post from everyone but its author and moderators, or restores it; resolves its reports. */
@Service
@Command(scope = "entraide", name = "post-hide", description = "Hide a post (its open reports are resolved);"
        + " with --restore, give it back its status")
public class PostHideCommand implements Action {

    @Argument(index = 0, name = "id", required = true, description = "The post's id")
    String id;

    @Option(name = "--restore", description = "Restore the post instead")
    boolean restore;

    @Reference
    PostService posts;

    @Override
    public Object execute() {
        try {
            Post post = restore ? posts.restore(Operators.SHELL, id) : posts.hide(Operators.SHELL, id);
            System.out.println("Post " + post.id() + " \"" + post.title() + "\" is now " + post.status());
        } catch (EntraideException e) {
            System.err.println(Accounts.describe(e));
        }
        return null;
    }
}
