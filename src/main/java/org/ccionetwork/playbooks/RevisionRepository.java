package org.ccionetwork.playbooks;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** A playbook's numbered revisions: who changed what and when, with the whole playbook as text. */
@Repository
class RevisionRepository {

    private final JdbcClient jdbc;

    RevisionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(long playbookId, int number, Long by, String byName, String change, boolean substantial,
            String content, Instant at) {
        jdbc.sql("""
                insert into playbooks.revision (playbook_id, number, changed_by, changer_name, changed_at, change,
                    substantial, content)
                values (:p, :n, :by, :name, :at, :change, :substantial, :content)""")
                .param("p", playbookId).param("n", number).param("by", by).param("name", byName)
                .param("at", Timestamp.from(at)).param("change", change).param("substantial", substantial)
                .param("content", content).update();
    }

    /** Newest first, without their content. */
    List<Revision> of(long playbookId) {
        return jdbc.sql("""
                select number, changer_name, changed_at, change, substantial, null as content from playbooks.revision
                where playbook_id = :p order by number desc""")
                .param("p", playbookId).query(RevisionRepository::map).list();
    }

    Optional<Revision> find(long playbookId, int number) {
        return jdbc.sql("""
                select number, changer_name, changed_at, change, substantial, content from playbooks.revision
                where playbook_id = :p and number = :n""")
                .param("p", playbookId).param("n", number).query(RevisionRepository::map).optional();
    }

    void forgetChanger(long memberId) {
        jdbc.sql("update playbooks.revision set changed_by = null, changer_name = 'Former member' where changed_by = :m")
                .param("m", memberId).update();
    }

    private static Revision map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Revision(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant(), rs.getString(4),
                rs.getBoolean(5), rs.getString(6));
    }
}
