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
            + " changed, on any node (0: never)")
    long feedCacheMillis() default 30000;

    @AttributeDefinition(description = "Most feed answers kept at once")
    int feedCacheEntries() default 2000;

    // Abuse limits (see AbuseLimits): each counted over a sliding window, in the database; 0 turns a limit off.

    @AttributeDefinition(description = "Posts an account may publish in 24 hours (0: no limit)")
    int postsPerDay() default 20;

    @AttributeDefinition(description = "Posts an account may answer in an hour (0: no limit)")
    int responsesPerHour() default 30;

    @AttributeDefinition(description = "Messages an account may send in a minute (0: no limit)")
    int messagesPerMinute() default 10;

    @AttributeDefinition(description = "Reports an account may make in 24 hours (0: no limit)")
    int reportsPerDay() default 20;

    @AttributeDefinition(description = "Hours during which an account is new and held to the newAccount limits"
            + " (0: none is)")
    int newAccountHours() default 24;

    @AttributeDefinition(description = "Posts a new account may publish in 24 hours (0: as other accounts)")
    int newAccountPostsPerDay() default 5;

    @AttributeDefinition(description = "Posts a new account may answer in an hour (0: as other accounts)")
    int newAccountResponsesPerHour() default 10;

    @AttributeDefinition(description = "Messages a new account may send in a minute (0: as other accounts)")
    int newAccountMessagesPerMinute() default 5;

    @AttributeDefinition(description = "Reports a new account may make in 24 hours (0: as other accounts)")
    int newAccountReportsPerDay() default 5;

    @AttributeDefinition(description = "Hours during which the same post (title and text) by the same author is"
            + " refused (0: never refused)")
    int duplicatePostHours() default 24;
}
