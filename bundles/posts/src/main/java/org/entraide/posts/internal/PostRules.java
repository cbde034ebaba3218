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


/** Length and character rules of the texts of posts, messages and reports. */
final class PostRules {

    static final int TITLE_MIN = 3;
    static final int TITLE_MAX = 120;
    static final int BODY_MAX = 4000;
    static final int AVAILABILITY_MAX = 200;
    static final int BENEFICIARY_MAX = 60;
    static final int REASON_MAX = 1000;

    private PostRules() {
    }

}
