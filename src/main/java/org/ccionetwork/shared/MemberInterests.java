package org.ccionetwork.shared;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * The topics members list among their interests, as topic keys such as {@code epr} or {@code clinical-safety}
 * (slugs of the shared list of topics, {@link org.ccionetwork.topics.Topics}). Implemented by the module that keeps
 * profiles, so a module can use interests without depending on it; there may be no implementation at all.
 */
public interface MemberInterests {

    /** Each given member's topic keys, in one query however many members; members without any are left out. */
    Map<Long, Set<String>> topicsOf(Collection<Long> memberIds);
}
