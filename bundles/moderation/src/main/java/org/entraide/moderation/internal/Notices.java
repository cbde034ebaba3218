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
package org.entraide.moderation.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.entraide.services.moderation.ModerationTarget;
import org.entraide.services.moderation.OpenReport;
import org.entraide.services.notification.NewNotification;
import org.entraide.services.notification.NotificationService;

/**
 * What moderation tells residents, once the action is done: those who answer for a hidden target learn what was
 * hidden and why ({@value #HIDDEN}); each reporter learns how their report ended ({@value #OUTCOME}), once however
 * many reports they made on the target. The reporters are never named to anyone.
 *
 * <p>Both carry in {@code data} the {@code kind} that clients use to pick a precise text: the target's type for
 * {@value #HIDDEN} ({@code notification.moderation.hidden.POST}...), the outcome for {@value #OUTCOME}
 * ({@code notification.report.outcome.HIDDEN}, {@code ...DISMISSED}); and {@code title}, the target's summary. A
 * report's outcome is about the reporter's report ({@code REPORT}, their report's id): the target may be hidden
 * from them now.
 */
final class Notices {

    static final String HIDDEN = "moderation.hidden";
    static final String OUTCOME = "report.outcome";

    private final Supplier<NotificationService> notifications;

    Notices(Supplier<NotificationService> notifications) {
        this.notifications = notifications;
    }

    /** Tells those who answer for the target that it was hidden, and why. */
    void hidden(ModerationTarget target, String reason) {
        Map<String, String> data = data(target.type(), target.summary());
        data.put("targetType", target.type());
        if (reason != null) {
            data.put("reason", reason);
        }
        for (String account : target.accountable()) {
            publish(new NewNotification(account, HIDDEN, target.subjectType(), target.subjectId(), data));
        }
    }

    /** Tells each reporter of these closed reports the outcome, once each. */
    void outcome(List<OpenReport> closed, ModerationTarget target, String outcome) {
        Map<String, String> firstReport = new LinkedHashMap<>();
        for (OpenReport report : closed) {
            if (report.reporterId() != null) {
                firstReport.putIfAbsent(report.reporterId(), report.id());
            }
        }
        Map<String, String> data = data(outcome, target.summary());
        data.put("targetType", target.type());
        firstReport.forEach((reporter, report) -> publish(new NewNotification(reporter, OUTCOME, "REPORT", report,
                data)));
    }

    private static Map<String, String> data(String kind, String title) {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("kind", kind);
        if (title != null) {
            data.put("title", title);
        }
        return data;
    }

    private void publish(NewNotification notification) {
        NotificationService.publishQuietly(notifications.get(), notification);
    }
}
