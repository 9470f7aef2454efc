package org.ccionetwork.shared;

import java.io.Serializable;
import java.util.Set;

/**
 * The signed-in person looking at a page, as every module may see them: no credentials, only who they are
 * and what their roles allow.
 *
 * @param id the member's id
 * @param name the name shown in the header
 * @param roles role names without prefix, such as {@code MEMBER} or {@code ADMIN}
 */
public record Viewer(long id, String name, Set<String> roles) implements Serializable {

    public Viewer {
        roles = Set.copyOf(roles);
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean isAdmin() {
        return has("ADMIN");
    }

    public boolean isModerator() {
        return has("MODERATOR") || isAdmin();
    }

    public boolean isEditor() {
        return has("EDITOR") || isAdmin();
    }

    /** Staff are the people who see the administration area. */
    public boolean isStaff() {
        return isEditor() || isModerator();
    }

    /** Implemented by the security principal, so modules can find the viewer without knowing accounts. */
    public interface Source {
        Viewer viewer();
    }
}
