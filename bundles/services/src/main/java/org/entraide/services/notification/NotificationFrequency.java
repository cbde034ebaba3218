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
package org.entraide.services.notification;

/**
 * How a resident is told of one kind of notification through one channel (since 1.3). Every channel takes
 * {@link #INSTANT} and {@link #OFF}; only email takes the digests.
 */
public enum NotificationFrequency {
    /** A message per notification, as soon as it is published. */
    INSTANT,
    /** Gathered in the daily digest mail, sent at the operator's digest hour (Europe/Paris). */
    DAILY,
    /** Gathered in the weekly digest mail, sent on Mondays at the digest hour. */
    WEEKLY,
    /** Never told through this channel (always shown in the app). */
    OFF
}
