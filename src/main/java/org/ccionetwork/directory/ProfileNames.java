package org.ccionetwork.directory;

import org.ccionetwork.accounts.MemberRenamed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The profile keeps a copy of the member's name, for the directory's search and sort; it follows the account
 * when the member changes their name there.
 */
@Component
class ProfileNames {

    private final DirectoryService directory;

    ProfileNames(DirectoryService directory) {
        this.directory = directory;
    }

    /**
     * Copies the account's current name rather than the event's: events are delivered asynchronously, so after
     * two quick renames the later one must win whichever arrives last. The search vectors are generated columns
     * of the name, so they follow.
     */
    @ApplicationModuleListener
    void on(MemberRenamed event) {
        directory.refreshName(event.memberId());
    }
}
