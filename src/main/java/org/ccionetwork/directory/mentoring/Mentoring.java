package org.ccionetwork.directory.mentoring;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.ccionetwork.accounts.Profession;
import org.ccionetwork.topics.Topic;

/** The records of mentoring: offers, requests and pairings. */
public final class Mentoring {

    private Mentoring() {
    }

    /** A CCIO's offer: topics and the number of mentees at a time. */
    public record Offer(long memberId, List<Topic> topics, int capacity, String note, boolean active) {
        public boolean offers(Topic topic) {
            return topics.contains(topic);
        }
    }

    /** A member asking for a mentor. */
    public record Request(long id, long menteeId, String goals, List<Topic> topics, String preferredRegion,
            Profession preferredProfession, String status, Instant createdAt) {
        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    /** A request sent to one mentor, and what became of it. */
    public record Pairing(long id, long requestId, long mentorId, long menteeId, String message, int score,
            String status, Instant askedAt, Instant decidedAt, Instant closedAt, String feedback) {
        public boolean asked() {
            return "ASKED".equals(status);
        }

        public boolean accepted() {
            return "ACCEPTED".equals(status);
        }

        public String statusLabel() {
            return switch (status) {
                case "ASKED" -> "Waiting for an answer";
                case "ACCEPTED" -> "Accepted";
                case "DECLINED" -> "Declined";
                default -> "Closed";
            };
        }
    }

    /** The figures administrators see. */
    public record Figures(long activeOffers, long places, long placesTaken, long openRequests, long asked,
            long accepted, long declined, long closed, long withFeedback) {
        public long acceptanceRate() {
            long decided = accepted + declined + closed;
            return decided == 0 ? 0 : Math.round(100.0 * (accepted + closed) / decided);
        }
    }

    /** A pairing as one side sees it: the other person's name and profile handle (when they may see it). */
    public record PairingLine(Pairing pairing, String otherName, String otherHandle, String goals) {
    }

    /** The member's mentoring dashboard. */
    public record Dashboard(boolean canOffer, Offer offer, Request openRequest, List<Matching.Match> matches, Set<Long> asked,
            List<PairingLine> sent, List<PairingLine> received, List<PairingLine> current, List<PairingLine> past,
            boolean hasProfile) {
    }

}
