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

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Gives the web app's end-to-end script (a Node process, which cannot read the test's mailbox) the links mailed to
 * a resident: {@code GET /link?to={email}&route=/reset-password/} answers the token of the latest such link, waiting
 * up to a minute for it, or 404. Bound to the loopback interface, for the length of one test.
 */
final class MailLinks implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(60);

    private final HttpServer server;

    private MailLinks(HttpServer server) {
        this.server = server;
    }

    static MailLinks serve(Mailbox mailbox) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/link", exchange -> answer(exchange, mailbox));
        server.start();
        return new MailLinks(server);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange, Mailbox mailbox) throws IOException {
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        String token;
        try {
            token = query.containsKey("to") && query.containsKey("route")
                    ? mailbox.awaitToken(query.get("to"), query.get("route"), WAIT) : null;
        } catch (Exception e) {
            token = null;
        }
        byte[] body = (token == null ? "no such mail" : token).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(token == null ? 404 : 200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> values = new HashMap<>();
        if (raw == null) {
            return values;
        }
        for (String pair : raw.split("&")) {
            int equals = pair.indexOf('=');
            if (equals > 0) {
                values.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
