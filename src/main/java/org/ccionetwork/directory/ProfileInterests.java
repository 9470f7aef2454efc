package org.ccionetwork.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.ccionetwork.shared.MemberInterests;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Members' interests from their directory profiles, for other modules (the forum's digest). Each member's
 * own interests serve only that member, so every profile counts whatever its visibility.
 */
@Component
class ProfileInterests implements MemberInterests {

    private final JdbcClient jdbc;

    ProfileInterests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Map<Long, Set<String>> topicsOf(Collection<Long> memberIds) {
        Map<Long, Set<String>> topics = new HashMap<>();
        if (memberIds == null || memberIds.isEmpty()) {
            return topics;
        }
        jdbc.sql("select member_id, interests from directory.profile where member_id in (:ids) and cardinality(interests) > 0")
                .param("ids", List.copyOf(memberIds))
                .query(rs -> {
                    String[] interests = (String[]) rs.getArray(2).getArray();
                    topics.put(rs.getLong(1), Set.copyOf(java.util.Arrays.asList(interests)));
                });
        return topics;
    }
}
