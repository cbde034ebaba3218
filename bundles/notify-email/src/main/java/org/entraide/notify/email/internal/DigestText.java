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

import java.util.Map;
import org.entraide.services.notification.Delivery;

/**
 * The mail of a digest ({@code digest.daily} or {@code digest.weekly}): one line per notification gathered, in
 * the order they happened, each with what it is, its title when it has one, and the link to its screen; the
 * items come in the delivery's data as the notifications core lists them ({@code item.N.kind},
 * {@code item.N.screen}, {@code item.N.title}...; {@code items} listed out of {@code count}). Like every mail:
 * no image, values escaped and addresses masked ({@link MailText#value}).
 */
final class DigestText {

    private static final Map<String, String[]> LABELS = Map.ofEntries(
            Map.entry("post.response", new String[] {"Réponse à votre annonce", "Answer to your post"}),
            Map.entry("post.message", new String[] {"Nouveau message", "New message"}),
            Map.entry("post.status", new String[] {"Une annonce que vous suivez a changé",
                "A post you follow changed"}),
            Map.entry("post.expiring", new String[] {"Votre annonce expire bientôt", "Your post expires soon"}),
            Map.entry("alert.match", new String[] {"Nouvelle annonce près de chez vous", "New post near you"}),
            Map.entry("actor.manager", new String[] {"Vous gérez un acteur", "You manage an actor"}),
            Map.entry("actor.operation", new String[] {"Nouvelle opération d'un acteur suivi",
                "New operation of an actor you follow"}),
            Map.entry("operation.participation", new String[] {"Nouvelle participation", "New participation"}),
            Map.entry("operation.decision", new String[] {"Réponse à votre participation",
                "Answer to your participation"}),
            Map.entry("operation.changed", new String[] {"Une opération a changé", "An operation changed"}),
            Map.entry("operation.closed", new String[] {"Une opération est terminée", "An operation has ended"}),
            Map.entry("request.escalated", new String[] {"Une demande proche reste sans réponse",
                "A request nearby has no answer"}),
            Map.entry("request.forwarded", new String[] {"Votre demande a été transmise à des acteurs proches",
                "Your request was passed on to nearby actors"}),
            Map.entry("moderation.hidden", new String[] {"La modération a masqué l'un de vos contenus",
                "Moderators hid something of yours"}),
            Map.entry("report.outcome", new String[] {"Votre signalement a été traité", "Your report was handled"}));

    private DigestText() {
    }

    static MailText of(Delivery delivery, String baseUrl) {
        boolean english = "en".equals(delivery.language());
        boolean weekly = "digest.weekly".equals(delivery.kind());
        Map<String, String> data = delivery.data();
        int count = number(data.get("count"));
        int listed = number(data.get("items"));
        String colon = english ? ": " : " : ";
        String subject = english ? (weekly ? "Your weekly Entraide digest" : "Your daily Entraide digest")
                + colon + count + (count == 1 ? " update" : " updates")
                : (weekly ? "Votre résumé de la semaine sur Entraide" : "Votre résumé du jour sur Entraide")
                + colon + count + (count == 1 ? " nouveauté" : " nouveautés");
        String hello = english ? "Hello," : "Bonjour,";
        String lead = english ? "Here is what happened for you since your last digest:"
                : "Voici ce qui s'est passé pour vous depuis votre dernier résumé :";
        StringBuilder text = new StringBuilder(hello).append("\n\n").append(lead).append("\n\n");
        StringBuilder html = new StringBuilder("<ul>\n");
        for (int n = 1; n <= listed; n++) {
            String prefix = "item." + n + ".";
            String[] labels = LABELS.get(data.getOrDefault(prefix + "kind", ""));
            String label = labels == null ? (english ? "Something new" : "Du nouveau") : labels[english ? 1 : 0];
            String title = MailText.value(data.getOrDefault(prefix + "title", data.get(prefix + "name")));
            String link = baseUrl + "/#" + data.getOrDefault(prefix + "screen", "/notifications");
            String quoted = title.isEmpty() ? "" : english ? " “" + title + "”" : " « " + title + " »";
            text.append("- ").append(label).append(quoted).append("\n  ").append(link).append("\n");
            html.append("<li><a href=\"").append(MailText.escape(link)).append("\">").append(MailText.escape(label))
                    .append("</a>").append(MailText.escape(quoted)).append("</li>\n");
        }
        html.append("</ul>\n");
        String all = baseUrl + "/#/notifications";
        String more = count > listed ? (english ? "… and " + (count - listed) + " more in the app"
                : "… et " + (count - listed) + " de plus dans l'application") : null;
        String seeAll = english ? "All your notifications" : "Toutes vos notifications";
        String why = english ? (weekly ? "You receive this weekly digest" : "You receive this daily digest")
                + " because you chose it in your notification settings."
                : (weekly ? "Vous recevez ce résumé de la semaine" : "Vous recevez ce résumé du jour")
                + " car vous l'avez choisi dans vos réglages de notifications.";
        String stop = english ? "No longer receive this digest" : "Ne plus recevoir ce résumé";
        String unsubscribe = MailText.unsubscribeLink(delivery, baseUrl);
        String signature = english ? "The Entraide team" : "L'équipe Entraide";
        if (more != null) {
            text.append(more).append("\n");
        }
        text.append("\n").append(seeAll).append(colon).append(all).append("\n\n").append(signature)
                .append("\n\n-- \n").append(why).append("\n");
        if (unsubscribe != null) {
            text.append(stop).append(colon).append(unsubscribe).append("\n");
        }
        String page = "<!DOCTYPE html>\n<html lang=\"" + (english ? "en" : "fr") + "\"><head>"
                + "<meta charset=\"utf-8\"><title>" + MailText.escape(subject) + "</title></head>\n"
                + "<body style=\"font-family: sans-serif; line-height: 1.5\">\n"
                + "<p>" + MailText.escape(hello) + "</p>\n<p>" + MailText.escape(lead) + "</p>\n" + html
                + (more == null ? "" : "<p>" + MailText.escape(more) + "</p>\n")
                + "<p><a href=\"" + MailText.escape(all) + "\">" + MailText.escape(seeAll) + "</a></p>\n"
                + "<p>" + MailText.escape(signature) + "</p>\n"
                + "<p style=\"color: #666; font-size: small\">" + MailText.escape(why)
                + (unsubscribe == null ? "" : "<br><a href=\"" + MailText.escape(unsubscribe) + "\">"
                        + MailText.escape(stop) + "</a>")
                + "</p>\n</body></html>\n";
        return new MailText(subject, text.toString(), page);
    }

    private static int number(String value) {
        try {
            return value == null ? 0 : Math.max(0, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
