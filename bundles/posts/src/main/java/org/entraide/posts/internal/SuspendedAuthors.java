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
package org.entraide.posts.internal;

import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.aries.jpa.template.JpaTemplate;
import org.apache.aries.jpa.template.TransactionType;
import org.entraide.services.identity.Account;
import org.entraide.services.identity.AccountStatusListener;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A suspended author's posts leave the feeds, alerts and everyone's {@code GET /posts/{id}} but moderators'; they come
 * back on reinstatement ({@link Withholding}). Each changed post bumps its cells' versions after the commit, so no
 * cached feed answer shows a withheld post nor misses one given back. Both calls are idempotent: only posts not yet
 * withheld are withheld, and only withheld ones given back.
 */
@Component(service = AccountStatusListener.class)
public class SuspendedAuthors implements AccountStatusListener {

    /** Logged under the service's name, as the other parts of the posts bundle. */
    private static final Logger LOG = LoggerFactory.getLogger(PostServiceImpl.class);

    @Reference(target = "(osgi.unit.name=entraide-posts)")
    private JpaTemplate jpa;

    /**
     * Bound, hence activated, before this component: the feed's versions are where every node sees them before it
     * writes a post ({@link FeedVersionsComponent}).
     */
    @Reference
    void feedVersions(FeedVersionsComponent chosen) {
        // Nothing to keep: FeedChanges holds the choice.
    }

    @Override
    public void suspended(Account account) {
        int withheld = change(account.id(), false, Withholding::withhold);
        LOG.info("Account {} suspended: {} posts withheld", account.id(), withheld);
    }

    @Override
    public void reinstated(Account account) {
        int givenBack = change(account.id(), true, Withholding::giveBack);
        if (givenBack > 0) {
            LOG.info("Account {} reinstated: {} posts given back", account.id(), givenBack);
        }
    }

    /** Changes the author's posts that are withheld (or not), read by the author index; how many changed. */
    private int change(String authorId, boolean withheld, Predicate<PostEntity> change) {
        List<PostEntity> changed = jpa.txExpr(TransactionType.Required, em -> em.createQuery(
                "SELECT p FROM PostEntity p WHERE p.authorId = :author AND p.withheldStatus IS "
                        + (withheld ? "NOT NULL" : "NULL"), PostEntity.class).setParameter("author", authorId)
                .getResultList().stream().filter(change).collect(Collectors.toList()));
        changed.forEach(PostsContext::changed);
        return changed.size();
    }
}
