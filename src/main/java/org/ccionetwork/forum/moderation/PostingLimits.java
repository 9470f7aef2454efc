package org.ccionetwork.forum.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.ccionetwork.accounts.MemberLookup;
import org.ccionetwork.accounts.Role;
import org.ccionetwork.forum.ForumProperties;
import org.ccionetwork.forum.Reader;
import org.springframework.stereotype.Service;

/** A member's standing with the moderators, and the limits on how fast they may post (ccio.forum.* settings). */
@Service
public class PostingLimits {

    private final PostCountRepository counts;
    private final MemberLookup members;
    private final ForumProperties properties;
    private final Clock clock;

    PostingLimits(PostCountRepository counts, MemberLookup members, ForumProperties properties, Clock clock) {
        this.counts = counts;
        this.members = members;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * How the forum treats a member's new posts: {@code held} while fewer than the setting's number of their
     * posts are approved; {@code newMember} (links marked {@code ugc}) while held or in their first days.
     * Moderators, editors, administrators and verified CCIOs are neither.
     */
    public record Standing(boolean held, boolean newMember) {
    }

    public Standing standing(long memberId) {
        var member = members.find(memberId);
        boolean trusted = member.map(m -> m.has(Role.MODERATOR) || m.has(Role.EDITOR) || m.has(Role.ADMIN)
                || (m.has(Role.CCIO) && m.verified())).orElse(false);
        if (trusted) {
            return new Standing(false, false);
        }
        int threshold = properties.postsHeldUntilApproved();
        boolean held = threshold > 0 && counts.published(memberId, threshold) < threshold;
        Instant established = clock.instant().minus(Duration.ofDays(Math.max(0, properties.newMemberDays())));
        boolean recent = member.map(m -> m.joinedAt() == null || m.joinedAt().isAfter(established)).orElse(true);
        return new Standing(held, held || recent);
    }

    /**
     * Refuses a post beyond the limits per minute and per hour (stricter while the member is held). Runs in the
     * transaction that then writes the post.
     */
    public void check(Reader reader, Standing standing) {
        int perMinute = properties.postsPerMinute();
        int perHour = standing.held() ? properties.newMemberPostsPerHour() : properties.postsPerHour();
        if (reader.moderator() || (perMinute <= 0 && perHour <= 0)) {
            return;
        }
        // Until this transaction ends, the member's other posts wait here, so two sent at the same instant
        // cannot both count the posts before either.
        counts.lockAuthor(reader.id());
        RecentPosts recent = counts.recent(reader.id(), clock.instant());
        if (perMinute > 0 && recent.lastMinute() >= perMinute) {
            throw PostingTooFast.perMinute(perMinute);
        }
        if (perHour > 0 && recent.lastHour() >= perHour) {
            throw PostingTooFast.perHour(perHour, standing.held());
        }
    }
}
