package org.ccionetwork.forum;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the forum's moderation.
 *
 * @param postsHeldUntilApproved a member's first posts wait for a moderator until this many are approved
 *        (0 switches holding off); moderators, editors, administrators and CCIOs are never held
 * @param newMemberDays for this many days after joining, links in a member's posts carry {@code rel="ugc"}
 *        as well as {@code nofollow}, as they do while the member's posts are still held
 * @param postsPerMinute the most posts (threads and replies) a member may write in a minute
 * @param postsPerHour the most posts a member may write in an hour
 * @param newMemberPostsPerHour the most posts a member whose posts are still held may write in an hour
 * @param searchTimeoutSeconds a forum search still running after this long is cancelled, and the member asked
 *        to narrow it, so that no search holds a database connection for longer
 */
@ConfigurationProperties("ccio.forum")
public record ForumProperties(@DefaultValue("2") int postsHeldUntilApproved, @DefaultValue("7") int newMemberDays,
        @DefaultValue("5") int postsPerMinute, @DefaultValue("30") int postsPerHour,
        @DefaultValue("6") int newMemberPostsPerHour, @DefaultValue("2") int searchTimeoutSeconds) {
}
