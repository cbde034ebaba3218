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
package org.entraide.notify.webpush.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Sends one encrypted message to one push service (RFC 8030, section 5) with {@link HttpClient}, and says what the
 * answer means: accepted (200, 201, 202), the subscription gone (404, 410: it is to be forgotten), to try again
 * (429, 5xx, no answer) or refused (any other status).
 */
final class PushSender {

    /** A day: a notification older than that has lost most of its use. */
    static final int DEFAULT_TTL_SECONDS = 86_400;

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    /** What became of one message. */
    enum Outcome {
        SENT, GONE, RETRY, FAILED
    }

    /**
     * An outcome and, when not sent, why.
     *
     * @param outcome what became of it
     * @param reason the push service's answer, for operators; {@code null} when sent
     */
    record Result(Outcome outcome, String reason) {
    }

    private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /**
     * Pushes a message.
     *
     * @param endpoint the subscription's endpoint
     * @param body the encrypted body ({@link MessageEncryption})
     * @param authorization the VAPID header ({@link Vapid})
     * @param ttlSeconds how long the push service may keep it
     * @param urgency {@code very-low}, {@code low}, {@code normal} or {@code high} (RFC 8030, section 5.3)
     */
    Result send(URI endpoint, byte[] body, String authorization, int ttlSeconds, String urgency) {
        HttpRequest request = HttpRequest.newBuilder(endpoint).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/octet-stream").header("Content-Encoding", "aes128gcm")
                .header("TTL", Integer.toString(ttlSeconds)).header("Urgency", urgency)
                .header("Authorization", authorization)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return outcome(response.statusCode(), response.body());
        } catch (IOException e) {
            return new Result(Outcome.RETRY, "Push service " + Vapid.origin(endpoint) + " unreachable: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(Outcome.RETRY, "Interrupted while pushing to " + Vapid.origin(endpoint));
        }
    }

    /** What a push service's status means. */
    static Result outcome(int status, String body) {
        if (status == 200 || status == 201 || status == 202) {
            return new Result(Outcome.SENT, null);
        }
        String reason = "Push service answered " + status + (body == null || body.isBlank() ? ""
                : ": " + (body.length() > 200 ? body.substring(0, 200) : body));
        if (status == 404 || status == 410) {
            return new Result(Outcome.GONE, reason);
        }
        if (status == 429 || status >= 500) {
            return new Result(Outcome.RETRY, reason);
        }
        return new Result(Outcome.FAILED, reason);
    }
}
