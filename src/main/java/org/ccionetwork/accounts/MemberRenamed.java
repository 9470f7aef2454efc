package org.ccionetwork.accounts;

/**
 * A member changed the name they go by; modules keeping a copy of it (the directory's profile, say) update it.
 * Published in the transaction of the change, so it is delivered only if the change is committed.
 */
public record MemberRenamed(long memberId, String name) {
}
