package org.ccionetwork.directory.mentoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.ccionetwork.accounts.Profession;
import org.ccionetwork.directory.mentoring.Mentoring.Figures;
import org.ccionetwork.directory.mentoring.Mentoring.Offer;
import org.ccionetwork.directory.mentoring.Mentoring.Pairing;
import org.ccionetwork.directory.mentoring.Mentoring.Request;
import org.ccionetwork.topics.Topic;
import org.ccionetwork.topics.Topics;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Offers, requests and pairings. Public only for the directory's data download and demonstration content. */
@Repository
public class MentoringRepository {

    private static final String PAIRING = """
            select id, request_id, mentor_id, mentee_id, message, score, status, asked_at, decided_at, closed_at, feedback
            from directory.mentoring_pairing
            """;
    private static final String REQUEST = """
            select id, mentee_id, goals, topics, preferred_region, preferred_profession, status, created_at
            from directory.mentoring_request
            """;

    private final JdbcClient jdbc;
    private final Topics topics;

    MentoringRepository(JdbcClient jdbc, Topics topics) {
        this.jdbc = jdbc;
        this.topics = topics;
    }

    public Optional<Offer> offer(long memberId) {
        return jdbc.sql("select member_id, topics, capacity, note, active from directory.mentoring_offer where member_id = :id")
                .param("id", memberId).query((rs, n) -> offer(rs, n)).optional();
    }

    /** Locks the mentor's offer while a request is accepted, so capacity is never exceeded. */
    Optional<Offer> lockOffer(long memberId) {
        return jdbc.sql("select member_id, topics, capacity, note, active from directory.mentoring_offer where member_id = :id for update")
                .param("id", memberId).query((rs, n) -> offer(rs, n)).optional();
    }

    public void saveOffer(long memberId, List<Topic> topics, int capacity, String note, boolean active) {
        jdbc.sql("""
                insert into directory.mentoring_offer (member_id, topics, capacity, note, active)
                values (:id, cast(:topics as text[]), :capacity, :note, :active)
                on conflict (member_id) do update set topics = excluded.topics, capacity = excluded.capacity,
                    note = excluded.note, active = excluded.active, updated_at = now()
                """).param("id", memberId).param("topics", Topics.slugsOf(topics).toArray(String[]::new))
                .param("capacity", capacity).param("note", note).param("active", active).update();
    }

    /** Active offers with places left, and how many places each has left, in one query. */
    Map<Offer, Integer> openOffers(long exceptMemberId) {
        return jdbc.sql("""
                select o.member_id, o.topics, o.capacity, o.note, o.active,
                       o.capacity - (select count(*) from directory.mentoring_pairing p
                                     where p.mentor_id = o.member_id and p.status = 'ACCEPTED') as places_left
                from directory.mentoring_offer o
                where o.active and o.capacity > 0 and o.member_id <> :me
                """).param("me", exceptMemberId)
                .query((rs, n) -> Map.entry(offer(rs, n), rs.getInt("places_left"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, java.util.LinkedHashMap::new));
    }

    int acceptedCount(long mentorId) {
        return jdbc.sql("select count(*) from directory.mentoring_pairing where mentor_id = :id and status = 'ACCEPTED'")
                .param("id", mentorId).query(Integer.class).single();
    }

    public long insertRequest(long menteeId, String goals, List<Topic> topics, String region, Profession profession) {
        return jdbc.sql("""
                insert into directory.mentoring_request (mentee_id, goals, topics, preferred_region, preferred_profession)
                values (:mentee, :goals, cast(:topics as text[]), :region, :profession) returning id
                """).param("mentee", menteeId).param("goals", goals).param("topics", Topics.slugsOf(topics).toArray(String[]::new))
                .param("region", region).param("profession", profession == null ? null : profession.name())
                .query(Long.class).single();
    }

    Optional<Request> request(long id) {
        return jdbc.sql(REQUEST + " where id = :id").param("id", id).query((rs, n) -> request(rs, n)).optional();
    }

    List<Request> requests(java.util.Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(REQUEST + " where id in (:ids)").param("ids", ids).query((rs, n) -> request(rs, n)).list();
    }

    Optional<Request> openRequestOf(long menteeId) {
        return jdbc.sql(REQUEST + " where mentee_id = :id and status = 'OPEN' order by created_at desc limit 1")
                .param("id", menteeId).query((rs, n) -> request(rs, n)).optional();
    }

    public List<Request> requestsOf(long menteeId) {
        return jdbc.sql(REQUEST + " where mentee_id = :id order by created_at desc").param("id", menteeId)
                .query((rs, n) -> request(rs, n)).list();
    }

    void setRequestStatus(long id, String status) {
        jdbc.sql("update directory.mentoring_request set status = :status where id = :id").param("status", status).param("id", id).update();
    }

    boolean insertPairing(long requestId, long mentorId, long menteeId, String message, int score) {
        return jdbc.sql("""
                insert into directory.mentoring_pairing (request_id, mentor_id, mentee_id, message, score)
                values (:request, :mentor, :mentee, :message, :score) on conflict (request_id, mentor_id) do nothing
                """).param("request", requestId).param("mentor", mentorId).param("mentee", menteeId)
                .param("message", message).param("score", score).update() == 1;
    }

    Optional<Pairing> lockPairing(long id) {
        return jdbc.sql(PAIRING + " where id = :id for update").param("id", id).query(MentoringRepository::pairing).optional();
    }

    void decide(long id, String status, Instant now) {
        jdbc.sql("update directory.mentoring_pairing set status = :status, decided_at = :now where id = :id")
                .param("status", status).param("now", Timestamp.from(now)).param("id", id).update();
    }

    void close(long id, String feedback, Instant now) {
        jdbc.sql("update directory.mentoring_pairing set status = 'CLOSED', closed_at = :now, feedback = :feedback where id = :id")
                .param("feedback", feedback).param("now", Timestamp.from(now)).param("id", id).update();
    }

    public List<Pairing> pairingsOf(long memberId) {
        return jdbc.sql(PAIRING + " where mentor_id = :id or mentee_id = :id order by asked_at desc, id desc")
                .param("id", memberId).query(MentoringRepository::pairing).list();
    }

    /** Erases a member: their offer and requests go (with the pairings they asked); as a mentor, pairings lose their words. */
    public void erase(long memberId) {
        jdbc.sql("delete from directory.mentoring_offer where member_id = :id").param("id", memberId).update();
        jdbc.sql("delete from directory.mentoring_request where mentee_id = :id").param("id", memberId).update();
        jdbc.sql("""
                update directory.mentoring_pairing set message = null, feedback = null,
                    status = case when status in ('ASKED', 'ACCEPTED') then 'CLOSED' else status end,
                    closed_at = case when status in ('ASKED', 'ACCEPTED') then now() else closed_at end
                where mentor_id = :id
                """).param("id", memberId).update();
    }

    Figures figures() {
        return jdbc.sql("""
                select (select count(*) from directory.mentoring_offer where active and capacity > 0) as offers,
                       (select coalesce(sum(capacity), 0) from directory.mentoring_offer where active) as places,
                       count(*) filter (where status = 'ACCEPTED') as taken,
                       (select count(*) from directory.mentoring_request where status = 'OPEN') as open_requests,
                       count(*) filter (where status = 'ASKED') as asked,
                       count(*) filter (where status = 'ACCEPTED') as accepted,
                       count(*) filter (where status = 'DECLINED') as declined,
                       count(*) filter (where status = 'CLOSED') as closed,
                       count(*) filter (where feedback is not null) as feedback
                from directory.mentoring_pairing
                """).query((rs, n) -> new Figures(rs.getLong("offers"), rs.getLong("places"), rs.getLong("taken"),
                        rs.getLong("open_requests"), rs.getLong("asked"), rs.getLong("accepted"), rs.getLong("declined"),
                        rs.getLong("closed"), rs.getLong("feedback"))).single();
    }

    private Offer offer(ResultSet rs, int n) throws SQLException {
        return new Offer(rs.getLong("member_id"), topics.of(strings(rs.getArray("topics"))),
                rs.getInt("capacity"), rs.getString("note"), rs.getBoolean("active"));
    }

    private Request request(ResultSet rs, int n) throws SQLException {
        String profession = rs.getString("preferred_profession");
        return new Request(rs.getLong("id"), rs.getLong("mentee_id"), rs.getString("goals"),
                topics.of(strings(rs.getArray("topics"))), rs.getString("preferred_region"),
                profession == null ? null : Profession.valueOf(profession), rs.getString("status"),
                rs.getTimestamp("created_at").toInstant());
    }

    private static Pairing pairing(ResultSet rs, int n) throws SQLException {
        return new Pairing(rs.getLong("id"), rs.getLong("request_id"), rs.getLong("mentor_id"), rs.getLong("mentee_id"),
                rs.getString("message"), rs.getInt("score"), rs.getString("status"), rs.getTimestamp("asked_at").toInstant(),
                instant(rs.getTimestamp("decided_at")), instant(rs.getTimestamp("closed_at")), rs.getString("feedback"));
    }

    private static List<String> strings(java.sql.Array array) throws SQLException {
        return array == null ? List.of() : java.util.Arrays.asList((String[]) array.getArray());
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
