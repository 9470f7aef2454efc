package org.ccionetwork.accounts;

/** A member erased their account; modules holding their personal data remove it. */
public record MemberDeleted(long memberId) {
}
