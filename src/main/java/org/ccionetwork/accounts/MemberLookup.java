package org.ccionetwork.accounts;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * How other modules find members: one at a time, or many in one query (never one query per row). An erased
 * member is found with the name "Former member" and no email address.
 */
@Service
public class MemberLookup {

    private final MemberRepository members;
    private final JdbcClient jdbc;

    MemberLookup(MemberRepository members, JdbcClient jdbc) {
        this.members = members;
        this.jdbc = jdbc;
    }

    public Optional<MemberSummary> find(long id) {
        return members.findById(id).map(MemberSummary::of);
    }

    public Optional<MemberSummary> findByEmail(String email) {
        return members.findByEmail(email).filter(m -> !m.deleted()).map(MemberSummary::of);
    }

    /** Many members by id, in one query. */
    public Map<Long, MemberSummary> findAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return members.findAll(ids).stream().map(MemberSummary::of)
                .collect(Collectors.toMap(MemberSummary::id, Function.identity()));
    }

    /** Active members whose name is one of these (compared ignoring case), for @mentions; one query. */
    public java.util.List<MemberSummary> findActiveByNames(Collection<String> names) {
        if (names.isEmpty()) {
            return java.util.List.of();
        }
        return members.findActiveByNames(names.stream().map(n -> n.toLowerCase(java.util.Locale.ROOT)).toList())
                .stream().map(MemberSummary::of).toList();
    }

    /** Active members whose name starts with the prefix, for the @mention autocomplete. */
    public java.util.List<MemberSummary> findActiveByNamePrefix(String prefix, int limit) {
        return members.findActiveByNamePrefix(prefix, limit).stream().map(MemberSummary::of).toList();
    }

    /** Ids of active members holding a role, such as the moderators to tell about a new report. */
    public java.util.List<Long> withRole(Role role) {
        return jdbc.sql("""
                select r.member_id from accounts.member_role r join accounts.member m on m.id = r.member_id
                where r.role = :role and m.status = 'ACTIVE' order by r.member_id
                """).param("role", role.name()).query(Long.class).list();
    }
}
