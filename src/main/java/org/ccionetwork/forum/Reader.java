package org.ccionetwork.forum;

/**
 * The member reading the forum: who they are, whether they moderate, and whether they work for a sponsor
 * (sponsors' staff cannot see Chatham House categories at all).
 */
public record Reader(long id, String name, boolean moderator, boolean sponsorStaff) {

    boolean maySee(Category category) {
        return !(category.chathamHouse() && sponsorStaff);
    }
}
