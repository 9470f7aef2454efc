/**
 * Peer support: the members-only forum. Categories (some under the Chatham House rule), threads and replies in
 * safely rendered Markdown, questions with an accepted answer, likes, edit history, follows, @mentions and
 * notifications in the site and by email (at once or in a daily digest), reports to moderators and their
 * queue, and full-text search. Lists are paged by keyset over denormalised counters, so a deep page costs
 * what the first does.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts"})
package org.ccionetwork.forum;
