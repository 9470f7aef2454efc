package org.ccionetwork.accounts;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The organisations a member's OpenID Connect provider asserted at their last sign-in with it (CIS2 sends
 * the ODS code of every organisation in the person's roles): evidence for a CCIO claim, and the organisations
 * the claim form offers first.
 */
@Service
public class AssertedOrganisations {

    /** An organisation code and the provider that asserted it. */
    public record Asserted(String odsCode, String providerName) {
    }

    private final JdbcClient jdbc;
    private final SignInProviders providers;

    AssertedOrganisations(JdbcClient jdbc, SignInProviders providers) {
        this.jdbc = jdbc;
        this.providers = providers;
    }

    public List<Asserted> of(long memberId) {
        return forMembers(List.of(memberId)).getOrDefault(memberId, List.of());
    }

    /** For many members in one statement (the moderators' queue). */
    public Map<Long, List<Asserted>> forMembers(Collection<Long> memberIds) {
        Map<Long, List<Asserted>> found = new LinkedHashMap<>();
        if (memberIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select i.member_id, i.provider, code
                from accounts.member_identity i, unnest(i.organisation_codes) with ordinality as c(code, position)
                where i.member_id in (:ids) order by i.member_id, i.linked_at, c.position""")
                .param("ids", memberIds)
                .query(rs -> {
                    found.computeIfAbsent(rs.getLong(1), id -> new java.util.ArrayList<>())
                            .add(new Asserted(rs.getString(3), providers.nameOf(rs.getString(2))));
                });
        return found;
    }

    /** The provider that asserted this member works for this organisation, or {@code null}. */
    public static String assertedBy(List<Asserted> asserted, String odsCode) {
        return asserted.stream().filter(a -> a.odsCode().equalsIgnoreCase(odsCode)).map(Asserted::providerName)
                .findFirst().orElse(null);
    }
}
