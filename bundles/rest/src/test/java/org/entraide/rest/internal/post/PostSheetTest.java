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

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.entraide.api.geo.GeoPoint;
import org.entraide.services.post.Category;
import org.entraide.services.post.Conversation;
import org.entraide.services.post.Message;
import org.entraide.services.post.OnBehalfOf;
import org.entraide.services.post.Post;
import org.entraide.services.post.PostKind;
import org.entraide.services.post.PostStatus;
import org.junit.Test;

public class PostSheetTest {

    private static final Instant CREATED = Instant.parse("2026-12-07T09:30:00Z");
    private static final List<Category> CATEGORIES = List.of(new Category("errands",
            Map.of("fr", "Courses", "en", "Errands")));

    private static Post post(String title) {
        return new Post("p1", PostKind.REQUEST, "errands", title, "Du pain\net du lait.", null, PostStatus.OPEN,
                "relay", "Rose & co", GeoPoint.of(45.78, 3.09), null, CREATED, CREATED,
                CREATED.plusSeconds(14 * 86400), new OnBehalfOf("Marcelle", "relay", CREATED, "b1"), 0, 1);
    }

    private static List<Conversation> answered() {
        Instant at = CREATED.plusSeconds(3600);
        return List.of(new Conversation("c1", "p1", "Courses", "relay", "helper", "Paul", at, at.plusSeconds(60),
                List.of(new Message("m1", "helper", "Paul", "Jeudi <script>alert(1)</script>", at, "c1", false),
                        new Message("m2", "relay", "Rose & co", "Merci !", at.plusSeconds(60), "c1", false)),
                "Marcelle"));
    }

    @Test
    public void everyTextIsEscapedAndThePageHasNoScript() {
        String html = PostSheet.render(post("Courses <b>urgentes</b>"), answered(), CATEGORIES, Locale.FRENCH);
        assertFalse(html, html.contains("<script"));
        assertFalse(html, html.contains("<b>"));
        assertTrue(html, html.contains("Courses &lt;b&gt;urgentes&lt;/b&gt;"));
        assertTrue(html, html.contains("Jeudi &lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html, html.contains("Rose &amp; co"));
        assertTrue(html, html.contains("@media print"));
    }

    @Test
    public void frenchByDefaultWithTheRequestForWhomWhoAnsweredAndWhatWasArrangedOldestFirst() {
        String html = PostSheet.render(post("Courses"), answered(), CATEGORIES, Locale.FRENCH);
        assertTrue(html, html.startsWith("<!DOCTYPE html>\n<html lang=\"fr\">"));
        assertTrue(html, html.contains("Demande") && html.contains("Courses") && html.contains("Marcelle"));
        assertTrue("the date in French time", html.contains("7 d\u00e9cembre 2026 \u00e0 10h30"));
        assertTrue(html, html.contains("Qui a r\u00e9pondu") && html.contains("<strong>Paul</strong>"));
        assertTrue(html, html.indexOf("Jeudi") < html.indexOf("Merci !"));
    }

    @Test
    public void inEnglishWhenAsked() {
        String html = PostSheet.render(post("Shopping"), List.of(), CATEGORIES, Locale.ENGLISH);
        assertTrue(html, html.contains("<html lang=\"en\">"));
        assertTrue(html, html.contains("Errands") && html.contains("Nobody has answered yet."));
        assertTrue(html, html.contains("7 December 2026, 10:30"));
        assertFalse(html, html.contains("What was arranged"));
    }

    @Test
    public void escapeCoversTheFiveCharacters() {
        assertEquals("&amp;&lt;&gt;&quot;&#39;", PostSheet.escape("&<>\"'"));
        assertEquals("", PostSheet.escape(null));
    }
}
