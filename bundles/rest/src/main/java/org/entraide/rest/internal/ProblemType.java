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
package org.entraide.rest.internal;

/** The kinds of problem the API answers with; each has a stable type URI and a translated title. */
public enum ProblemType {
    INVALID_JSON("invalid-json"),
    INVALID_REQUEST("invalid-request"),
    VALIDATION("validation"),
    UNAUTHENTICATED("unauthenticated"),
    FORBIDDEN("forbidden"),
    NOT_FOUND("not-found"),
    GONE("gone"),
    METHOD_NOT_ALLOWED("method-not-allowed"),
    NOT_ACCEPTABLE("not-acceptable"),
    CONFLICT("conflict"),
    TOO_LARGE("too-large"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type"),
    RATE_LIMITED("rate-limited"),
    INTERNAL("internal"),
    UNAVAILABLE("unavailable"),
    URI_TOO_LONG("uri-too-long"),
    HEADERS_TOO_LARGE("headers-too-large"),
    /** A sign-in with the right password to a suspended account (403, with {@code suspendedUntil}). */
    ACCOUNT_SUSPENDED("account-suspended");

    private final String slug;

    ProblemType(String slug) {
        this.slug = slug;
    }

    /** A stable identifier clients can switch on, such as {@code urn:entraide:problem:validation}. */
    public String uri() {
        return "urn:entraide:problem:" + slug;
    }

    /** The key of the title in the problem message bundle. */
    public String titleKey() {
        return slug;
    }
}
