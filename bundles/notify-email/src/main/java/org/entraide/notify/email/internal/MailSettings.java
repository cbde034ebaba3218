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
package org.entraide.notify.email.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import javax.mail.internet.AddressException;
import javax.mail.internet.InternetAddress;

/**
 * The checked settings of {@link MailConfig}. Settings that cannot work are not thrown at the operator's face
 * at activation: they are reported by {@link #problem()}, logged, and mails wait until they are fixed.
 *
 * @param host the SMTP server, empty when none is set
 * @param from the sender, {@code null} when not set or not an address
 * @param problem what is wrong with the settings, {@code null} when they can send
 */
record MailSettings(String host, int port, boolean startTls, String username, String password,
        InternetAddress from, String baseUrl, String problem) {

    static MailSettings of(MailConfig config) {
        List<String> problems = new ArrayList<>();
        String host = trimmed(config.host());
        int port = config.port();
        if (port < 1 || port > 65535) {
            problems.add("port must be from 1 to 65535, not " + port);
        }
        InternetAddress from = null;
        String sender = trimmed(config.from());
        if (sender.isEmpty()) {
            if (!host.isEmpty()) {
                problems.add("from must be set once host is");
            }
        } else {
            try {
                from = new InternetAddress(sender, true);
            } catch (AddressException e) {
                problems.add("from is not an email address: " + sender);
            }
        }
        String baseUrl = trimmed(config.baseUrl());
        while (baseUrl.endsWith("/")) {
            baseUrl = baseUrl.substring(0, baseUrl.length() - 1);
        }
        if (!isWebAddress(baseUrl)) {
            problems.add("baseUrl must be an http or https address, not '" + baseUrl + "'");
        }
        String username = trimmed(config.username());
        String problem = problems.isEmpty() ? null : "etc/org.entraide.mail.cfg: " + String.join("; ", problems);
        return new MailSettings(host, port, config.startTls(), username,
                config.password() == null ? "" : config.password(), from, baseUrl, problem);
    }

    /** Whether a server is set: if not, nothing is sent. */
    boolean configured() {
        return !host.isEmpty();
    }

    private static boolean isWebAddress(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.trim();
    }

    @Override
    public String toString() {
        // Never the password.
        return "MailSettings[host=" + host + ", port=" + port + ", startTls=" + startTls + ", username=" + username
                + ", from=" + from + ", baseUrl=" + baseUrl + "]";
    }
}
