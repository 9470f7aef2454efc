package org.ccionetwork.directory.mentoring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.ccionetwork.accounts.Profession;
import org.ccionetwork.organisations.Sector;
import org.ccionetwork.topics.Topic;

/**
 * Proposes mentors for a request by a score anyone can check: 3 points for each topic the mentor offers that
 * the mentee asked about, 2 for working in the mentee's sector, 2 for the preferred region (or the mentee's own
 * region when none was given), 2 for the preferred profession, and 1 for each place the mentor has left (at
 * most 3). Mentors with no place left are not proposed. Each point comes with the reason for it.
 */
public final class Matching {

    static final int TOPIC = 3;
    static final int SECTOR = 2;
    static final int REGION = 2;
    static final int PROFESSION = 2;
    static final int MAX_CAPACITY_POINTS = 3;

    private Matching() {
    }

    /** A mentor as the mentee may see them: fields they may not see are null. */
    public record Candidate(long mentorId, String name, String handle, List<Topic> topics, String sector,
            String region, Profession profession, int placesLeft) {
    }

    /** What the mentee is looking for, and where they work. */
    public record Wish(List<Topic> topics, String preferredRegion, Profession preferredProfession, String menteeSector,
            String menteeRegion) {
    }

    public record Reason(String text, int points) {
    }

    public record Match(Candidate mentor, int score, int sharedTopics, List<Reason> reasons) {
    }

    public static List<Match> rank(Wish wish, List<Candidate> candidates) {
        List<Match> matches = new ArrayList<>();
        for (Candidate candidate : candidates) {
            if (candidate.placesLeft() <= 0) {
                continue;
            }
            matches.add(score(wish, candidate));
        }
        matches.sort(Comparator.comparingInt(Match::score).reversed()
                .thenComparing(Comparator.comparingInt(Match::sharedTopics).reversed())
                .thenComparing(Comparator.comparingInt((Match m) -> m.mentor().placesLeft()).reversed())
                .thenComparing(m -> m.mentor().name()));
        return matches;
    }

    static Match score(Wish wish, Candidate candidate) {
        List<Reason> reasons = new ArrayList<>();
        List<Topic> shared = wish.topics().stream().filter(candidate.topics()::contains).toList();
        if (!shared.isEmpty()) {
            reasons.add(new Reason("Shares " + (shared.size() == 1 ? "1 of your topics: " : shared.size() + " of your topics: ")
                    + shared.stream().map(Topic::name).collect(Collectors.joining(", ")), TOPIC * shared.size()));
        }
        if (wish.menteeSector() != null && wish.menteeSector().equals(candidate.sector())) {
            reasons.add(new Reason("Works in your sector: " + Sector.labelOf(candidate.sector()), SECTOR));
        }
        String region = wish.preferredRegion() != null ? wish.preferredRegion() : wish.menteeRegion();
        if (region != null && region.equals(candidate.region())) {
            reasons.add(new Reason((wish.preferredRegion() != null ? "In the region you asked for: " : "In your region: ") + region, REGION));
        }
        if (wish.preferredProfession() != null && wish.preferredProfession() == candidate.profession()) {
            reasons.add(new Reason("The profession you asked for: " + candidate.profession().label(), PROFESSION));
        }
        int capacityPoints = Math.min(candidate.placesLeft(), MAX_CAPACITY_POINTS);
        reasons.add(new Reason(candidate.placesLeft() == 1 ? "1 place left" : candidate.placesLeft() + " places left", capacityPoints));
        return new Match(candidate, reasons.stream().mapToInt(Reason::points).sum(), shared.size(), List.copyOf(reasons));
    }
}
