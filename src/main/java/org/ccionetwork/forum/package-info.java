/**
 * Peer support: the members-only forum. Categories (some under the Chatham House rule), threads and replies in
 * safely rendered Markdown, questions with an accepted answer, likes, edit history, follows, @mentions and
 * notifications in the site and by email (at once or in a daily digest), reports to moderators and their
 * queue, and full-text search. New members' first posts wait for a moderator (ccio.forum.* settings), posting
 * is rate-limited, and new members' links carry rel="ugc". The daily digest is personal: new accepted answers,
 * unanswered questions and most liked posts in followed categories and those matching the member's interests
 * (through shared.MemberInterests). Lists are paged by keyset over denormalised counters, so a deep page costs
 * what the first does.
 *
 * <p>This package reads and posts (categories, threads, posts, permissions, the forum's settings); the
 * sub-packages hold the rest by sub-feature: {@code moderation}, {@code notifications} and {@code search}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "topics", "accounts"})
package org.ccionetwork.forum;
