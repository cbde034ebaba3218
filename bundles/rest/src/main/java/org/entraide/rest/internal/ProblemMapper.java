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

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.NoContentException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;
import org.entraide.api.error.AccountSuspendedException;
import org.entraide.api.error.AuthenticationException;
import org.entraide.api.error.ConflictException;
import org.entraide.api.error.EntraideException;
import org.entraide.api.error.FieldError;
import org.entraide.api.error.ForbiddenException;
import org.entraide.api.error.GoneException;
import org.entraide.api.error.InvalidRequestException;
import org.entraide.api.error.NotFoundException;
import org.entraide.api.error.RateLimitedException;
import org.entraide.api.error.ValidationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns every failure into an RFC 9457 problem. Messages of Entraide's own exceptions are meant for
 * clients; anything unexpected becomes a 500 whose body carries only a reference to the log line.
 */
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Context
    private HttpHeaders headers;

    @Override
    public Response toResponse(Throwable failure) {
        Locale locale = Languages.preferred(headers);
        if (isBodyTooLarge(failure)) {
            return fromHttpStatus(413, locale);
        }
        if (failure instanceof EntraideException) {
            return fromEntraide((EntraideException) failure, locale);
        }
        if (failure instanceof JsonProcessingException) {
            return fromJson((JsonProcessingException) failure, locale);
        }
        if (failure instanceof NoContentException) {
            return ProblemResponses.of(locale, ProblemType.INVALID_JSON, 400, "A JSON body is required.", List.of());
        }
        if (failure instanceof WebApplicationException) {
            WebApplicationException web = (WebApplicationException) failure;
            if (web.getCause() instanceof JsonProcessingException) {
                return fromJson((JsonProcessingException) web.getCause(), locale);
            }
            int status = web.getResponse().getStatus();
            if (status < 500) {
                return fromHttpStatus(status, locale);
            }
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Unexpected failure, reference {}", reference, failure);
        return ProblemResponses.of(locale, ProblemType.INTERNAL, 500,
                "Something went wrong on our side. Reference: " + reference, List.of());
    }

    /** A body over the limit stops Jackson's reading anywhere; Jackson then wraps it in a mapping exception. */
    private static boolean isBodyTooLarge(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodySizeFilter.TooLarge) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }

    private Response fromEntraide(EntraideException failure, Locale locale) {
        // In the caller's language when the service wrote it in several (abuse limits do), else as written.
        String detail = failure.message(locale.getLanguage());
        if (failure instanceof InvalidRequestException) {
            return ProblemResponses.of(locale, ProblemType.INVALID_REQUEST, 400, detail,
                    ((ValidationException) failure).errors());
        }
        if (failure instanceof ValidationException) {
            return ProblemResponses.of(locale, ProblemType.VALIDATION, 422, detail,
                    ((ValidationException) failure).errors());
        }
        if (failure instanceof NotFoundException) {
            return ProblemResponses.of(locale, ProblemType.NOT_FOUND, 404, detail, List.of());
        }
        if (failure instanceof ConflictException) {
            return ProblemResponses.of(locale, ProblemType.CONFLICT, 409, detail, List.of());
        }
        if (failure instanceof GoneException) {
            return ProblemResponses.of(locale, ProblemType.GONE, 410, detail, List.of());
        }
        if (failure instanceof AccountSuspendedException) {
            return suspended(((AccountSuspendedException) failure).suspendedUntil(), locale);
        }
        if (failure instanceof ForbiddenException) {
            return ProblemResponses.of(locale, ProblemType.FORBIDDEN, 403, detail, List.of());
        }
        if (failure instanceof AuthenticationException) {
            return Response.fromResponse(
                    ProblemResponses.of(locale, ProblemType.UNAUTHENTICATED, 401, detail, List.of()))
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
        }
        if (failure instanceof RateLimitedException) {
            return Response.fromResponse(
                    ProblemResponses.of(locale, ProblemType.RATE_LIMITED, 429, detail, List.of()))
                    .header(HttpHeaders.RETRY_AFTER, ((RateLimitedException) failure).retryAfterSeconds()).build();
        }
        String reference = UUID.randomUUID().toString();
        LOG.error("Unmapped Entraide failure, reference {}", reference, failure);
        return ProblemResponses.of(locale, ProblemType.INTERNAL, 500, "Reference: " + reference, List.of());
    }

    /**
     * A sign-in to a suspended account: a 403 of its own type, so that a client can tell it from any other refusal,
     * whose detail says until when in the caller's language (in UTC: the server does not know the reader's time
     * zone), and whose {@code suspendedUntil} member gives the end as an ISO-8601 instant for a client to show in
     * local time ({@code null}: until a moderator lifts it).
     */
    static Response suspended(Instant until, Locale locale) {
        String detail = until == null ? ProblemResponses.text(locale, "account-suspended.indefinitely")
                : String.format(ProblemResponses.text(locale, "account-suspended.until"),
                        DateTimeFormatter.ofPattern(ProblemResponses.text(locale, "account-suspended.time"), locale)
                                .withZone(ZoneOffset.UTC).format(until));
        Problem problem = ProblemResponses.problem(locale, ProblemType.ACCOUNT_SUSPENDED, 403, detail, List.of())
                .with("suspendedUntil", until == null ? null : until.toString());
        return Response.status(403).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private Response fromJson(JsonProcessingException failure, Locale locale) {
        String duplicate = duplicateKey(failure);
        if (duplicate != null) {
            return ProblemResponses.of(locale, ProblemType.INVALID_REQUEST, 400, duplicate + ": is given twice",
                    List.of(FieldError.of(duplicate, "duplicate", "est donné deux fois", "is given twice")));
        }
        if (failure instanceof JsonParseException || !(failure instanceof JsonMappingException)) {
            JsonLocation where = failure.getLocation();
            String position = where == null ? "" : " at line " + where.getLineNr() + ", column " + where.getColumnNr();
            return ProblemResponses.of(locale, ProblemType.INVALID_JSON, 400,
                    "Malformed JSON" + position + ": " + firstLine(failure.getOriginalMessage()), List.of());
        }
        JsonMappingException mapping = (JsonMappingException) failure;
        String field = JsonPaths.of(mapping);
        FieldError error = describe(field, mapping);
        if (field.isEmpty()) {
            return ProblemResponses.of(locale, ProblemType.INVALID_JSON, 400, error.message(), List.of());
        }
        return ProblemResponses.of(locale, ProblemType.INVALID_REQUEST, 400, field + ": " + error.message(),
                List.of(error));
    }

    /**
     * The field given twice in one object, when that is the failure (the parser's strict duplicate detection,
     * see {@link JsonProvider}); {@code null} otherwise.
     */
    private static String duplicateKey(JsonProcessingException failure) {
        // Inside a record, databind wraps the parser's failure in a JsonMappingException: look at the causes.
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException) {
                JsonParseException parse = (JsonParseException) cause;
                String message = parse.getOriginalMessage();
                if (message != null && message.startsWith("Duplicate field") && parse.getProcessor() != null) {
                    String path = JsonPaths.of(parse.getProcessor().getParsingContext());
                    return path.isEmpty() ? null : path;
                }
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return null;
    }

    private static FieldError describe(String field, JsonMappingException failure) {
        if (failure instanceof UnrecognizedPropertyException) {
            return FieldError.of(field, "unknown_field", "est un champ inconnu", "unknown field");
        }
        if (failure instanceof InvalidFormatException) {
            Class<?> target = ((InvalidFormatException) failure).getTargetType();
            if (target != null && target.isEnum()) {
                String keys = Arrays.stream(target.getEnumConstants()).map(String::valueOf)
                        .collect(Collectors.joining(", "));
                return FieldError.of(field, "not_a_choice", "doit être l'une des valeurs " + keys,
                        "must be one of " + keys);
            }
        }
        if (failure instanceof MismatchedInputException) {
            Class<?> target = ((MismatchedInputException) failure).getTargetType();
            if (target != null && failure.getPath().isEmpty()) {
                return FieldError.of(field, "wrong_type", "un objet JSON est attendu", "a JSON object is expected");
            }
            if (target != null) {
                return FieldError.of(field, "wrong_type", "doit être " + JsonPaths.frenchKindOf(target),
                        "must be " + JsonPaths.kindOf(target));
            }
        }
        return FieldError.of(field, FieldError.INVALID, "a une valeur invalide", "invalid value");
    }

    private Response fromHttpStatus(int status, Locale locale) {
        switch (status) {
            case 404:
                return ProblemResponses.of(locale, ProblemType.NOT_FOUND, 404, "Nothing here.", List.of());
            case 405:
                return ProblemResponses.of(locale, ProblemType.METHOD_NOT_ALLOWED, 405,
                        "This method is not allowed here.", List.of());
            case 406:
                return ProblemResponses.of(locale, ProblemType.NOT_ACCEPTABLE, 406,
                        "Only application/json can be produced.", List.of());
            case 413:
                return ProblemResponses.of(locale, ProblemType.TOO_LARGE, 413, "The request body is too large.",
                        List.of());
            case 415:
                return ProblemResponses.of(locale, ProblemType.UNSUPPORTED_MEDIA_TYPE, 415,
                        "Send application/json.", List.of());
            default:
                return ProblemResponses.of(locale, ProblemType.INVALID_REQUEST, status, "The request is invalid.",
                        List.of());
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable input";
        }
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
