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

import com.nimbusds.jose.util.JSONObjectUtils;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.entraide.services.notification.Delivery;

/**
 * What a push notification shows, in French or English: a title, one short line, and the web app's route to open
 * on a click. Shown on a lock screen, it says no more than needed: never a resident's message nor an address,
 * at most the title of the recipient's own post.
 *
 * @param title the notification's title
 * @param body its line
 * @param url where the app opens: {@code #} and the screen
 */
record PushText(String title, String body, String url) {

    /** Something that looks like an email address, to mask in values written by residents. */
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s@<>\"']+@[^\\s@<>\"']+\\.[^\\s@<>\"']+");
    private static final int MAX_VALUE = 80;

    /** The text of one delivery. */
    static PushText of(Delivery delivery) {
        boolean english = "en".equals(delivery.language());
        String postTitle = value(delivery.data().get("title"));
        String title;
        String body;
        switch (delivery.kind()) {
            case "post.response":
                title = english ? "Someone answered your post" : "Quelqu'un répond à votre annonce";
                body = postTitle.isEmpty()
                        ? (english ? "Read their reply and write back." : "Lisez sa réponse et écrivez-lui.")
                        : (english ? "“" + postTitle + "”: read their reply."
                                : "« " + postTitle + " » : lisez sa réponse.");
                break;
            case "post.message":
                title = english ? "A new message for you" : "Un nouveau message pour vous";
                body = english ? "Read it and reply." : "Lisez-le et répondez.";
                break;
            default:
                title = english ? "News for you on Entraide" : "Du nouveau pour vous sur Entraide";
                body = english ? "Open Entraide to see it." : "Ouvrez Entraide pour le voir.";
                break;
        }
        String screen = delivery.screen() == null ? "/" : delivery.screen();
        return new PushText(title, body, "#" + screen);
    }

    /** The message's plaintext: a JSON object {@code {"title","body","url","tag"}} in UTF-8. */
    byte[] json(String tag) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("title", title);
        message.put("body", body);
        message.put("url", url);
        message.put("tag", tag);
        return JSONObjectUtils.toJSONString(message).getBytes(StandardCharsets.UTF_8);
    }

    /** A value of the notification fit for a lock screen: one line, no address, at most 80 characters. */
    static String value(String raw) {
        if (raw == null) {
            return "";
        }
        String line = EMAIL_ADDRESS.matcher(raw.replaceAll("[\\r\\n\\t]+", " ").trim()).replaceAll("[…]");
        return line.length() <= MAX_VALUE ? line : line.substring(0, MAX_VALUE - 1) + "…";
    }
}
