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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.entraide.api.error.NotFoundException;
import org.entraide.services.identity.IdentityService;
import org.entraide.services.moderation.ModerationTarget;
import org.entraide.services.moderation.OpenReport;
import org.entraide.services.moderation.ReportGroup;
import org.entraide.services.paging.Cursors;
import org.entraide.services.paging.Page;

/**
 * The moderation queue: open reports grouped by target, the most recently reported first, each with what was
 * reported (its summary, who answers for it, whether it is hidden). Open reports are few (each is closed by an
 * action), so they are read in full and grouped here; only the targets of the page, and those skipped because they
 * lie out of the reader's reach, are looked up. A target that no longer exists lies nowhere: only the platform's
 * moderators see its group, to dismiss it. The cursor is the newest report of the page's last group.
 */
final class ReportGroups {

    private static final String CURSOR_KIND = "rg1";

    private final Targets targets;
    private final IdentityService identity;

    ReportGroups(Targets targets, IdentityService identity) {
        this.targets = targets;
        this.identity = identity;
    }

    Page<ReportGroup> page(Reach reach, List<OpenReport> open, String cursor, int limit) {
        Cursors.Position after = Cursors.decode(CURSOR_KIND, cursor);
        Map<String, List<OpenReport>> byTarget = new LinkedHashMap<>();
        for (OpenReport report : open) {
            byTarget.computeIfAbsent(report.targetType() + " " + report.targetId(), k -> new ArrayList<>())
                    .add(report);
        }
        List<List<OpenReport>> groups = byTarget.values().stream()
                .sorted(Comparator.comparing((List<OpenReport> g) -> newest(g).createdAt())
                        .thenComparing(g -> newest(g).id()).reversed())
                .filter(g -> after == null || isAfter(newest(g), after))
                .collect(Collectors.toList());
        List<List<OpenReport>> kept = new ArrayList<>();
        List<ModerationTarget> found = new ArrayList<>();
        for (List<OpenReport> group : groups) {
            if (kept.size() > limit) {
                break;
            }
            ModerationTarget target = find(group.get(0));
            if (reach.covers(target.position())) {
                kept.add(group);
                found.add(target);
            }
        }
        boolean more = kept.size() > limit;
        int size = Math.min(limit, kept.size());
        Map<String, String> names = names(found.subList(0, size));
        List<ReportGroup> items = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            items.add(group(kept.get(i), found.get(i), names));
        }
        OpenReport last = size == 0 ? null : newest(kept.get(size - 1));
        return new Page<>(items, more ? Cursors.encode(CURSOR_KIND, last.createdAt(), last.id()) : null);
    }

    private ModerationTarget find(OpenReport report) {
        try {
            return targets.target(report.targetType(), report.targetId());
        } catch (NotFoundException gone) {
            return Targets.gone(report.targetType(), report.targetId());
        }
    }

    private static OpenReport newest(List<OpenReport> group) {
        return group.get(group.size() - 1);
    }

    private static boolean isAfter(OpenReport report, Cursors.Position after) {
        int byTime = report.createdAt().compareTo(after.time());
        return byTime < 0 || (byTime == 0 && report.id().compareTo(after.id()) < 0);
    }

    private Map<String, String> names(List<ModerationTarget> found) {
        List<String> authors = found.stream().map(ModerationTarget::authorId).filter(Objects::nonNull).distinct()
                .collect(Collectors.toList());
        return authors.isEmpty() ? Map.of() : identity.displayNames(authors);
    }

    private static ReportGroup group(List<OpenReport> reports, ModerationTarget target, Map<String, String> names) {
        OpenReport first = reports.get(0);
        return new ReportGroup(first.targetType(), first.targetId(), target.summary(), target.authorId(),
                target.authorId() == null ? null : names.get(target.authorId()), target.hidden(), reports.size(),
                reports.stream().map(OpenReport::reason).collect(Collectors.toList()), first.createdAt(),
                newest(reports).createdAt());
    }
}
