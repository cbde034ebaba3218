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
package org.entraide.shell.internal;

import java.util.Locale;
import java.util.Map;
import org.entraide.services.post.EscalationFigures;
import org.entraide.services.post.UnansweredRequest;
import org.entraide.services.territory.Dashboard;

/** A territory's dashboard as text for the console: the figures, the weeks, the communes, the unanswered. */
final class DashboardText {

    private DashboardText() {
    }

    static String render(Dashboard d) {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "Dashboard of %s (%s), %s to %s (UTC days, both included)%n",
                d.territory().name(), d.territory().key(), d.from(), d.to()));
        line(out, "Requests posted", Long.toString(d.posts().requests()));
        line(out, "Offers posted", Long.toString(d.posts().offers()));
        Double share = d.answeredWithin24h().share();
        line(out, "Requests answered within 24 h", d.answeredWithin24h().count()
                + (share == null ? "" : String.format(Locale.ROOT, " (%.1f %%)", share * 100)));
        Double median = d.medianFirstResponseHours();
        line(out, "Median time to first response", median == null ? "-"
                : String.format(Locale.ROOT, "%.2f h", median));
        line(out, "Requests unanswered now", Long.toString(d.unanswered().count()));
        for (Map.Entry<String, EscalationFigures> level : d.escalations().entrySet()) {
            line(out, "Escalations to " + level.getKey(), level.getValue().count() + " (answered after: "
                    + level.getValue().answeredAfter() + ")");
        }
        line(out, "Actors now", counted(d.actors()));
        line(out, "Operations now", counted(d.operations()));
        line(out, "Participations", Long.toString(d.participations()));
        line(out, "Residents now", Long.toString(d.residents()));
        weeks(out, d);
        communes(out, d);
        unanswered(out, d);
        return out.toString();
    }

    private static void line(StringBuilder out, String figure, String value) {
        out.append(String.format(Locale.ROOT, "  %-32s %s%n", figure, value));
    }

    private static String counted(Dashboard.Counted counted) {
        StringBuilder text = new StringBuilder(Long.toString(counted.total()));
        if (!counted.byType().isEmpty()) {
            text.append(" (");
            counted.byType().forEach((type, n) -> text.append(type).append(' ').append(n).append(", "));
            text.setLength(text.length() - 2);
            text.append(')');
        }
        return text.toString();
    }

    private static void weeks(StringBuilder out, Dashboard d) {
        out.append(String.format(Locale.ROOT,
                "%nWeek      Monday      Requests  Offers  Answered<24h  Participations%n"));
        for (Dashboard.Week w : d.weekly()) {
            out.append(String.format(Locale.ROOT, "%-9s %-10s %9d %7d %13d %15d%n", w.week(), w.start(),
                    w.requests(), w.offers(), w.answeredWithin24h(), w.participations()));
        }
    }

    private static void communes(StringBuilder out, Dashboard d) {
        out.append(String.format(Locale.ROOT,
                "%nCommune                          INSEE  Requests  Offers  Answered<24h  Unanswered  Residents%n"));
        for (Dashboard.Commune c : d.communes()) {
            out.append(String.format(Locale.ROOT, "%-32s %-6s %8d %7d %13d %11d %10d%n", c.name(), c.inseeCode(),
                    c.requests(), c.offers(), c.answeredWithin24h(), c.unanswered(), c.residents()));
        }
    }

    private static void unanswered(StringBuilder out, Dashboard d) {
        out.append(String.format(Locale.ROOT, "%nUnanswered now (newest first, at most 200 listed)%n"));
        for (UnansweredRequest r : d.unanswered().items()) {
            out.append(String.format(Locale.ROOT, "  %s  %-20s  %-10s  %-12s  %s%n", r.createdAt(), r.id(),
                    r.category(), r.escalationLevel() == null ? "-" : r.escalationLevel(), r.title()));
        }
    }
}
