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

import java.util.Locale;
import java.util.regex.Pattern;
import org.entraide.services.notification.Delivery;

/**
 * The words of a mail, in French or English: a subject, a plain text and the same as HTML, with a link to the
 * screen of the web app. The HTML has no image (no tracking pixel) and no external resource; values taken
 * from the notification are escaped and any email address in them is masked, so that a mail never carries
 * someone else's address.
 *
 * @param subject one line
 * @param text the plain-text part
 * @param html the HTML part
 */
record MailText(String subject, String text, String html) {

    /** Something that looks like an email address, to mask in values written by residents. */
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^\\s@<>\"']+@[^\\s@<>\"']+\\.[^\\s@<>\"']+");
    private static final String MASK = "[…]";

    /** The mail of one delivery; {@code baseUrl} without a trailing slash. */
    static MailText of(Delivery delivery, String baseUrl) {
        if (delivery.kind().startsWith("digest.")) {
            return DigestText.of(delivery, baseUrl);
        }
        boolean english = "en".equals(delivery.language());
        String token = delivery.data().getOrDefault("token", "").replaceAll("[^A-Za-z0-9_-]", "");
        String link = baseUrl + "/#" + delivery.screen();
        String title = value(delivery.data().get("title"));
        String subject;
        String lead;
        String action;
        switch (delivery.kind()) {
            case "post.response":
                subject = english ? "Someone answered your post" : "Quelqu'un répond à votre annonce";
                lead = title.isEmpty()
                        ? (english ? "Someone has answered one of your posts."
                                : "Quelqu'un a répondu à l'une de vos annonces.")
                        : (english ? "Someone has answered your post “" + title + "”."
                                : "Quelqu'un a répondu à votre annonce « " + title + " ».");
                action = english ? "Read their reply and write back" : "Lire sa réponse et lui écrire";
                break;
            case "post.message":
                subject = english ? "A new message for you" : "Un nouveau message pour vous";
                lead = english ? "You have a new message in one of your conversations."
                        : "Vous avez reçu un nouveau message dans l'une de vos conversations.";
                action = english ? "Read it and reply" : "Le lire et répondre";
                break;
            case "moderation.hidden":
                String reason = value(delivery.data().get("reason"));
                subject = english ? "Moderators hid something of yours" : "La modération a masqué l'un de vos contenus";
                lead = (english ? "Moderators hid " + (title.isEmpty() ? "something of yours" : "“" + title + "”")
                        + ": only you and they still see it." : "La modération a masqué "
                        + (title.isEmpty() ? "l'un de vos contenus" : "« " + title + " »")
                        + " : vous seul et les modérateurs le voyez encore.")
                        + (reason.isEmpty() ? "" : english ? " Reason: " + reason : " Motif : " + reason);
                action = english ? "See it" : "Voir";
                break;
            case "report.outcome":
                boolean hidden = "HIDDEN".equals(delivery.data().get("kind"));
                String what = title.isEmpty() ? (english ? "what you reported" : "ce que vous avez signalé")
                        : english ? "“" + title + "”" : "« " + title + " »";
                subject = english ? "Your report was handled" : "Votre signalement a été traité";
                lead = english ? (hidden ? "Thank you: moderators hid " + what + "."
                        : "Moderators looked at " + what + " and took no action.")
                        : (hidden ? "Merci : la modération a masqué " + what + "."
                        : "La modération a examiné " + what + " et n'a pas jugé nécessaire d'agir.");
                action = english ? "See your notifications" : "Voir vos notifications";
                break;
            case "account.email-verification":
                link = baseUrl + "/#/verify-email/" + token;
                subject = english ? "Confirm your email address" : "Confirmez votre adresse e-mail";
                lead = english ? "Welcome to Entraide! Please confirm that this address is yours: until then, we send"
                        + " it nothing else. The link is valid for 3 days."
                        : "Bienvenue sur Entraide ! Confirmez que cette adresse est bien la vôtre : d'ici là, nous ne"
                        + " lui envoyons rien d'autre. Le lien est valable 3 jours.";
                action = english ? "Confirm my address" : "Confirmer mon adresse";
                break;
            case "account.password-reset":
                link = baseUrl + "/#/reset-password/" + token;
                subject = english ? "Choose a new password" : "Choisissez un nouveau mot de passe";
                lead = english ? "Someone, probably you, asked to reset the password of your Entraide account. The"
                        + " link below is valid for one hour and serves once. If it was not you, ignore this mail:"
                        + " your password stays as it is."
                        : "Quelqu'un, sans doute vous, a demandé à réinitialiser le mot de passe de votre compte"
                        + " Entraide. Le lien ci-dessous est valable une heure et ne sert qu'une fois. Si ce n'était"
                        + " pas vous, ignorez ce message : votre mot de passe ne change pas.";
                action = english ? "Choose a new password" : "Choisir un nouveau mot de passe";
                break;
            default:
                subject = english ? "News for you on Entraide" : "Du nouveau pour vous sur Entraide";
                lead = english ? "Something new concerns you on Entraide."
                        : "Il y a du nouveau pour vous sur Entraide.";
                action = english ? "See it" : "Voir";
                break;
        }
        String hello = english ? "Hello," : "Bonjour,";
        String thanks = english ? "Thank you for helping each other near you."
                : "Merci de faire vivre l'entraide près de chez vous.";
        String signature = english ? "The Entraide team" : "L'équipe Entraide";
        String why = english ? "You receive this mail because you have an Entraide account."
                : "Vous recevez ce message car vous avez un compte Entraide.";
        // French puts a space before a colon.
        String colon = english ? ": " : " : ";
        String unsubscribe = unsubscribeLink(delivery, baseUrl);
        String stop = english ? "No longer receive these mails" : "Ne plus recevoir ces messages";
        String text = hello + "\n\n" + lead + "\n" + action + colon + link + "\n\n" + thanks + "\n" + signature
                + "\n\n-- \n" + why + "\n" + (unsubscribe == null ? "" : stop + colon + unsubscribe + "\n");
        String html = "<!DOCTYPE html>\n<html lang=\"" + (english ? "en" : "fr") + "\"><head>"
                + "<meta charset=\"utf-8\"><title>" + escape(subject) + "</title></head>\n"
                + "<body style=\"font-family: sans-serif; line-height: 1.5\">\n"
                + "<p>" + escape(hello) + "</p>\n<p>" + escape(lead) + "</p>\n"
                + "<p><a href=\"" + escape(link) + "\">" + escape(action) + "</a></p>\n"
                + "<p>" + escape(thanks) + "<br>" + escape(signature) + "</p>\n"
                + "<p style=\"color: #666; font-size: small\">" + escape(why)
                + (unsubscribe == null ? "" : "<br><a href=\"" + escape(unsubscribe) + "\">" + escape(stop) + "</a>")
                + "</p>\n</body></html>\n";
        return new MailText(subject, text, html);
    }

    /**
     * The visible unsubscribe link of an optional mail: the web app's screen that confirms with one click (a
     * link in a body is followed with GET, which must change nothing; the {@code List-Unsubscribe} header's
     * address takes the POST); {@code null} for a transactional mail.
     */
    static String unsubscribeLink(Delivery delivery, String baseUrl) {
        return delivery.unsubscribeToken() == null ? null : baseUrl + "/#/unsubscribe/" + delivery.unsubscribeToken();
    }

    /** The RFC 8058 one-click address of an optional mail, for its headers; {@code null} for a transactional one. */
    static String oneClickAddress(Delivery delivery, String baseUrl) {
        return delivery.unsubscribeToken() == null ? null
                : baseUrl + "/api/v1/unsubscribe/" + delivery.unsubscribeToken();
    }

    /** A value of the notification fit for one line of a mail: no line breaks, no address, at most 120 characters. */
    static String value(String raw) {
        if (raw == null) {
            return "";
        }
        String line = EMAIL_ADDRESS.matcher(raw.replaceAll("[\\r\\n\\t]+", " ").trim()).replaceAll(MASK);
        return line.length() <= 120 ? line : line.substring(0, 119) + "…";
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** The language's tag for the mail's {@code Content-Language}. */
    static String languageTag(Delivery delivery) {
        return "en".equals(delivery.language()) ? Locale.ENGLISH.getLanguage() : Locale.FRENCH.getLanguage();
    }
}
