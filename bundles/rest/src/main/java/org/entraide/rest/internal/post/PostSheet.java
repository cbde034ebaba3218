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
package org.entraide.rest.internal.post;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entraide.services.post.Category;
import org.entraide.services.post.Conversation;
import org.entraide.services.post.Message;
import org.entraide.services.post.Post;

/**
 * The print-ready sheet of a post ({@code GET /posts/{id}/sheet}): what a relay hands, on paper, to the person
 * without internet it posted for. One self-contained HTML page: large type, a print style sheet, no script, no
 * image, no request to anything; every text from people HTML-escaped. Dates are shown in French time
 * (Europe/Paris), where the platform's territories lie.
 */
final class PostSheet {

    /** What the page may load: nothing but its own inline styles. */
    static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

    private static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private static final Map<String, String> FR = Map.ofEntries(Map.entry("sheet", "Fiche d\u2019entraide"),
            Map.entry("REQUEST", "Demande"), Map.entry("OFFER", "Offre"), Map.entry("category", "Cat\u00e9gorie"),
            Map.entry("status", "\u00c9tat"), Map.entry("OPEN", "Ouverte"),
            Map.entry("FULFILLED", "R\u00e9alis\u00e9e"), Map.entry("CLOSED", "Ferm\u00e9e"),
            Map.entry("EXPIRED", "Expir\u00e9e"), Map.entry("HIDDEN", "Masqu\u00e9e"),
            Map.entry("posted", "Publi\u00e9e le"), Map.entry("expires", "Jusqu\u2019au"),
            Map.entry("availability", "Disponibilit\u00e9s"), Map.entry("for", "Pour"),
            Map.entry("relay", "Relais"), Map.entry("answers", "Qui a r\u00e9pondu"),
            Map.entry("noAnswer", "Personne n\u2019a encore r\u00e9pondu."),
            Map.entry("answeredOn", "a r\u00e9pondu le"), Map.entry("arranged", "Ce qui a \u00e9t\u00e9 convenu"),
            Map.entry("with", "Avec"), Map.entry("erased", "compte supprim\u00e9"),
            Map.entry("pattern", "d MMMM yyyy '\u00e0' HH'h'mm"), Map.entry("sep", "\u00a0:"));
    private static final Map<String, String> EN = Map.ofEntries(Map.entry("sheet", "Help sheet"),
            Map.entry("REQUEST", "Request"), Map.entry("OFFER", "Offer"), Map.entry("category", "Category"),
            Map.entry("status", "Status"), Map.entry("OPEN", "Open"), Map.entry("FULFILLED", "Fulfilled"),
            Map.entry("CLOSED", "Closed"), Map.entry("EXPIRED", "Expired"), Map.entry("HIDDEN", "Hidden"),
            Map.entry("posted", "Posted on"), Map.entry("expires", "Until"),
            Map.entry("availability", "Availability"), Map.entry("for", "For"), Map.entry("relay", "Relay"),
            Map.entry("answers", "Who answered"), Map.entry("noAnswer", "Nobody has answered yet."),
            Map.entry("answeredOn", "answered on"), Map.entry("arranged", "What was arranged"),
            Map.entry("with", "With"), Map.entry("erased", "account deleted"),
            Map.entry("pattern", "d MMMM yyyy, HH:mm"), Map.entry("sep", ":"));

    private static final String STYLE = "body{font-family:Arial,Helvetica,sans-serif;font-size:20px;line-height:1.5;"
            + "color:#000;background:#fff;max-width:46em;margin:1em auto;padding:0 1em}"
            + "h1{font-size:1.8em;margin:0 0 .2em}h2{font-size:1.35em;margin:1.2em 0 .3em;border-bottom:2px solid #000}"
            + "h3{font-size:1.1em;margin:1em 0 .2em}.kind{font-size:1.1em;font-weight:bold;text-transform:uppercase}"
            + "dl{margin:.5em 0}dt{font-weight:bold;float:left;clear:left;margin-right:.5em}dd{margin:0 0 .3em 0}"
            + ".body,.text{white-space:pre-wrap}ol{padding-left:1.2em}li{margin:.4em 0}"
            + ".when{color:#333}"
            + "@media print{body{font-size:16pt;margin:0;max-width:none}h2,h3{page-break-after:avoid}"
            + "li{page-break-inside:avoid}@page{margin:1.5cm}}";

    private PostSheet() {
    }

    static String render(Post post, List<Conversation> conversations, List<Category> categories, Locale locale) {
        boolean english = "en".equals(locale.getLanguage());
        Map<String, String> t = english ? EN : FR;
        DateTimeFormatter dates = DateTimeFormatter.ofPattern(t.get("pattern"), english ? Locale.ENGLISH
                : Locale.FRENCH).withZone(ZONE);
        StringBuilder html = new StringBuilder(4096);
        html.append("<!DOCTYPE html>\n<html lang=\"").append(english ? "en" : "fr").append("\"><head>")
                .append("<meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width\">")
                .append("<title>").append(escape(t.get("sheet") + " \u2014 " + post.title())).append("</title>")
                .append("<style>").append(STYLE).append("</style></head><body>\n");
        request(html, post, categories, english ? "en" : "fr", t, dates);
        answers(html, conversations, t, dates);
        arranged(html, conversations, t, dates);
        return html.append("</body></html>\n").toString();
    }

    private static void request(StringBuilder html, Post post, List<Category> categories, String language,
            Map<String, String> t, DateTimeFormatter dates) {
        String category = categories.stream().filter(c -> c.key().equals(post.category())).findFirst()
                .map(c -> c.label(language)).orElse(post.category());
        html.append("<header><p class=\"kind\">").append(escape(t.get(post.kind().name()))).append("</p><h1>")
                .append(escape(post.title())).append("</h1></header>\n<p class=\"body\">")
                .append(escape(post.body())).append("</p>\n<dl>");
        item(html, t, t.get("category"), category);
        item(html, t, t.get("status"), t.getOrDefault(post.status().name(), post.status().name()));
        item(html, t, t.get("posted"), dates.format(post.createdAt()));
        item(html, t, t.get("expires"), dates.format(post.expiresAt()));
        if (post.availability() != null) {
            item(html, t, t.get("availability"), post.availability());
        }
        if (post.onBehalfOf() != null) {
            item(html, t, t.get("for"), post.onBehalfOf().beneficiary());
        }
        item(html, t, t.get("relay"), post.authorName());
        html.append("</dl>\n");
    }

    private static void answers(StringBuilder html, List<Conversation> conversations, Map<String, String> t,
            DateTimeFormatter dates) {
        html.append("<h2>").append(escape(t.get("answers"))).append("</h2>\n");
        if (conversations.isEmpty()) {
            html.append("<p>").append(escape(t.get("noAnswer"))).append("</p>\n");
            return;
        }
        html.append("<ul>");
        for (Conversation c : conversations) {
            html.append("<li><strong>").append(escape(name(c.otherName(), t))).append("</strong> ")
                    .append(escape(t.get("answeredOn"))).append(" <span class=\"when\">")
                    .append(escape(dates.format(c.createdAt()))).append("</span></li>");
        }
        html.append("</ul>\n");
    }

    private static void arranged(StringBuilder html, List<Conversation> conversations, Map<String, String> t,
            DateTimeFormatter dates) {
        if (conversations.isEmpty()) {
            return;
        }
        html.append("<h2>").append(escape(t.get("arranged"))).append("</h2>\n");
        for (Conversation c : conversations) {
            html.append("<section><h3>").append(escape(t.get("with") + " " + name(c.otherName(), t)))
                    .append("</h3><ol>");
            for (Message m : c.messages()) {
                html.append("<li><span class=\"when\">").append(escape(dates.format(m.createdAt())))
                        .append("</span> \u2014 <strong>").append(escape(name(m.senderName(), t)))
                        .append("</strong><div class=\"text\">").append(escape(m.body())).append("</div></li>");
            }
            html.append("</ol></section>\n");
        }
    }

    private static void item(StringBuilder html, Map<String, String> t, String label, String value) {
        html.append("<dt>").append(escape(label + t.get("sep"))).append("</dt><dd>").append(escape(value))
                .append("</dd>");
    }

    private static String name(String name, Map<String, String> t) {
        return name == null ? "(" + t.get("erased") + ")" : name;
    }

    /** Text as HTML character data or an attribute value: {@code & < > " '} escaped. */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
