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
package org.entraide.api.plugin;

/**
 * The kinds of attribute values, and their JSON form.
 */
public enum FieldKind {
    /** A string, at most {@link FieldSpec#maxLength()} characters, matching {@link FieldSpec#pattern()} if set. */
    TEXT,
    /** A number within {@link FieldSpec#min()} and {@link FieldSpec#max()}. */
    NUMBER,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** One key of {@link FieldSpec#choices()}. */
    CHOICE,
    /** An array of distinct keys of {@link FieldSpec#choices()}. */
    MULTI_CHOICE,
    /** An ISO-8601 date, {@code 2026-12-24}. */
    DATE,
    /**
     * Weekly opening hours: an object from day ({@code mon} to {@code sun}) to an array of
     * {@code ["09:00","12:00"]} intervals, each opening before it closes, not overlapping.
     */
    WEEKLY_HOURS,
    /** A position, {@code {"lat": 41.92, "lon": 8.74}}. */
    LOCATION
}
