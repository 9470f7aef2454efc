package org.ccionetwork.forum;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Which members work for a sponsor: they cannot see Chatham House categories at all. */
@Repository
class SponsorStaffRepository {

    private final JdbcClient jdbc;

    SponsorStaffRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean isSponsorStaff(long memberId) {
        return jdbc.sql("select sponsor_staff from forum.member_setting where member_id = :member")
                .param("member", memberId).query(Boolean.class).optional().orElse(false);
    }

    void setSponsorStaff(long memberId, boolean sponsorStaff) {
        jdbc.sql("""
                insert into forum.member_setting (member_id, sponsor_staff) values (:member, :flag)
                on conflict (member_id) do update set sponsor_staff = excluded.sponsor_staff""")
                .param("member", memberId).param("flag", sponsorStaff).update();
    }

    List<Long> sponsorStaff() {
        return jdbc.sql("select member_id from forum.member_setting where sponsor_staff order by member_id")
                .query(Long.class).list();
    }
}
