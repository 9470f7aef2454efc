package org.ccionetwork.accounts;

/**
 * A module's part of a member's data download (UK GDPR right of access). Each module that keeps personal
 * data provides one.
 */
public interface PersonalData {

    /** The key of this part in the download, such as {@code "registrations"}. */
    String section();

    /** What the module holds about the member, as records or maps that serialise to JSON. */
    Object exportFor(long memberId);
}
