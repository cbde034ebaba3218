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

import org.entraide.services.actor.ActorService;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.operation.OperationService;
import org.entraide.services.post.PostService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the parts of the demo seeder share: the core services the demo goes through, and the log, under the
 * seeder's name.
 */
record DemoContext(IdentityService identity, PostService posts, ActorService actors, OperationService operations) {

    static final Logger LOG = LoggerFactory.getLogger(DemoSeeder.class);
}
