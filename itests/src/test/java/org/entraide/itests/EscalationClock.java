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
import java.time.Instant;
import java.time.format.DateTimeParseException;

/**
 * Lets the web app's end-to-end script (a Node process, which has no operator shell) run the escalation job as if it
 * were a given time: {@code GET /escalations-run?at=2026-11-03T10:00:00Z} runs {@code entraide:escalations-run --at}
 * through the operator shell and answers its output, or 400 for anything but an instant. Bound to the loopback
 * interface, for the length of one test; it runs no other command.
 */
final class EscalationClock implements AutoCloseable {

    private final HttpServer server;

    private EscalationClock(HttpServer server) {
        this.server = server;
    }

    static EscalationClock serve() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/escalations-run", EscalationClock::answer);
        server.start();
        return new EscalationClock(server);
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private static void answer(HttpExchange exchange) throws IOException {
        String raw = exchange.getRequestURI().getRawQuery();
        int status;
        String text;
        try {
            String at = raw != null && raw.startsWith("at=")
                    ? URLDecoder.decode(raw.substring(3), StandardCharsets.UTF_8) : "";
            text = EntraideTestSupport.operator("entraide:escalations-run --at " + Instant.parse(at));
            status = 200;
        } catch (DateTimeParseException e) {
            text = "at: an instant, such as 2026-11-03T10:00:00Z";
            status = 400;
        } catch (IOException | RuntimeException e) {
            text = "failed: " + e;
            status = 500;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            text = "interrupted";
            status = 500;
        }
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }
}
