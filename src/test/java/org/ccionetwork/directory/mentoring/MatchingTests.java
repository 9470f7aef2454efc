package org.ccionetwork.directory.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;

import org.ccionetwork.accounts.Profession;
import org.ccionetwork.directory.mentoring.Matching.Candidate;
import org.ccionetwork.directory.mentoring.Matching.Match;
import org.ccionetwork.directory.mentoring.Matching.Reason;
import org.ccionetwork.directory.mentoring.Matching.Wish;
import org.ccionetwork.topics.Topic;
import org.junit.jupiter.api.Test;

/** A fixed set of mentors and one request give a known order, each with the reasons for its score. */
class MatchingTests {

    // Topics of the shared list, as Topics gives them (slugs and labels as seeded).
    static final Topic EPR = new Topic("epr", "Electronic patient records", 30, false);
    static final Topic BUSINESS_CASE = new Topic("business-case", "Business case for a CCIO", 10, false);
    static final Topic LEADERSHIP = new Topic("leadership", "Clinical leadership", 20, false);
    static final Topic AI = new Topic("ai", "Artificial intelligence", 80, false);
    static final Topic MENTAL_HEALTH = new Topic("mental-health", "Mental health", 120, false);

    static final Wish WISH = new Wish(List.of(EPR, BUSINESS_CASE, LEADERSHIP), "London",
            Profession.NURSE, "acute", "North West");

    static final List<Candidate> MENTORS = List.of(
            new Candidate(1, "Ann", "ann", List.of(EPR, BUSINESS_CASE), "acute", "London", Profession.DOCTOR, 1),
            new Candidate(2, "Ben", "ben", List.of(EPR, BUSINESS_CASE, LEADERSHIP), "mental-health",
                    "Midlands", Profession.NURSE, 3),
            new Candidate(3, "Cat", "cat", List.of(AI), "acute", "London", Profession.NURSE, 2),
            new Candidate(4, "Dan", "dan", List.of(LEADERSHIP, EPR), "acute", "London", Profession.DOCTOR, 1),
            new Candidate(5, "Eve", "eve", List.of(BUSINESS_CASE, LEADERSHIP, EPR, AI, MENTAL_HEALTH), "acute", "London", Profession.NURSE, 0),
            // Fay hides her role: no sector or region to match on.
            new Candidate(6, "Fay", "fay", List.of(LEADERSHIP), null, null, Profession.NURSE, 5));

    @Test
    void ranksByScoreThenSharedTopicsThenPlacesThenName() {
        List<Match> ranked = Matching.rank(WISH, MENTORS);
        assertThat(ranked).extracting(m -> m.mentor().name(), Match::score)
                .containsExactly(tuple("Ben", 14), tuple("Ann", 11), tuple("Dan", 11), tuple("Fay", 8), tuple("Cat", 8));
    }

    @Test
    void mentorsWithNoPlaceLeftAreNotProposed() {
        assertThat(Matching.rank(WISH, MENTORS)).extracting(m -> m.mentor().name()).doesNotContain("Eve");
        // The control: with one place left, the same Eve is proposed (first, as she matches on everything), so
        // only her full offer kept her out above.
        var evenWithAPlace = MENTORS.stream().map(c -> c.name().equals("Eve") ? withPlacesLeft(c, 1) : c).toList();
        assertThat(Matching.rank(WISH, evenWithAPlace)).extracting(m -> m.mentor().name()).first().isEqualTo("Eve");
    }

    private static Candidate withPlacesLeft(Candidate c, int places) {
        return new Candidate(c.mentorId(), c.name(), c.handle(), c.topics(), c.sector(), c.region(), c.profession(), places);
    }

    @Test
    void explainsEveryPoint() {
        List<Match> ranked = Matching.rank(WISH, MENTORS);
        assertThat(ranked.get(0).reasons()).containsExactly(
                new Reason("Shares 3 of your topics: Electronic patient records, Business case for a CCIO, Clinical leadership", 9),
                new Reason("The profession you asked for: Nurse", 2),
                new Reason("3 places left", 3));
        assertThat(ranked.get(1).reasons()).containsExactly(
                new Reason("Shares 2 of your topics: Electronic patient records, Business case for a CCIO", 6),
                new Reason("Works in your sector: Acute", 2),
                new Reason("In the region you asked for: London", 2),
                new Reason("1 place left", 1));
        assertThat(ranked.get(4).reasons()).containsExactly(
                new Reason("Works in your sector: Acute", 2),
                new Reason("In the region you asked for: London", 2),
                new Reason("The profession you asked for: Nurse", 2),
                new Reason("2 places left", 2));
        for (Match match : ranked) {
            assertThat(match.reasons().stream().mapToInt(Reason::points).sum()).isEqualTo(match.score());
        }
    }

    @Test
    void withoutAPreferredRegionTheMenteesOwnRegionCounts() {
        var wish = new Wish(List.of(AI), null, null, null, "London");
        Match cat = Matching.rank(wish, MENTORS).getFirst();
        assertThat(cat.mentor().name()).isEqualTo("Cat");
        assertThat(cat.reasons()).contains(new Reason("In your region: London", 2));
    }
}
