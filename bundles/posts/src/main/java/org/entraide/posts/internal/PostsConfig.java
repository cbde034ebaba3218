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

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * Settings of {@code etc/org.entraide.posts.cfg}. Category labels are the properties
 * {@code category.<key>.fr} and {@code category.<key>.en}.
 */
@ObjectClassDefinition(name = "Entraide posts")
public @interface PostsConfig {

    @AttributeDefinition(description = "Category keys, comma-separated, in display order")
    String categories() default "errands,diy,gardening,transport,childcare,pets,company,computer,lending,"
            + "donations,other";

    @AttributeDefinition(description = "Days a request stays open by default")
    int requestExpiryDays() default 14;

    @AttributeDefinition(description = "Days an offer stays open by default")
    int offerExpiryDays() default 30;

    @AttributeDefinition(description = "Longest an author may set a post to stay open, days")
    int maxExpiryDays() default 90;

    @AttributeDefinition(description = "Seconds between two runs of the expiry job")
    int expiryCheckSeconds() default 60;

    @AttributeDefinition(description = "Milliseconds a feed answer may be served again while no post of its area"
            + " changed (0: never; only for a single node writing its own database)")
    long feedCacheMillis() default 30000;

    @AttributeDefinition(description = "Most feed answers kept at once")
    int feedCacheEntries() default 2000;
}
