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
package org.entraide.itests;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** A small HTTP client for the REST API, the way any client of Entraide talks to it. */
public final class Api {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Api(String base) {
        this.base = base;
    }

    /** The address of the API, such as {@code http://localhost:8181/api/v1}. */
    public String base() {
        return base;
    }

    public Reply get(String path) throws IOException, InterruptedException {
        return send(request(path, null).GET().build());
    }

    public Reply get(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).GET().build());
    }

    public Reply post(String path, String json) throws IOException, InterruptedException {
        return post(path, json, null);
    }

    public Reply post(String path, String json, String token) throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply patch(String path, String json, String token) throws IOException, InterruptedException {
        return send(request(path, token).header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)).build());
    }

    public Reply delete(String path, String token) throws IOException, InterruptedException {
        return send(request(path, token).DELETE().build());
    }

    public Reply send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type"), response.body(),
                response);
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /** One answer of the API. */
    public static final class Reply {
        private final int status;
        private final Optional<String> contentType;
        private final String body;
        private final HttpResponse<String> response;

        Reply(int status, Optional<String> contentType, String body, HttpResponse<String> response) {
            this.status = status;
            this.contentType = contentType;
            this.body = body;
            this.response = response;
        }

        public int status() {
            return status;
        }

        public String contentType() {
            return contentType.orElse("");
        }

        public String body() {
            return body;
        }

        public Optional<String> header(String name) {
            return response.headers().firstValue(name);
        }

        public JsonNode json() throws IOException {
            return JSON.readTree(body);
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + body;
        }
    }
}
