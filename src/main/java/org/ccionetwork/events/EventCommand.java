package org.ccionetwork.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What an editor saves about an event, checked and converted from the form. */
record EventCommand(String title, String summaryMarkdown, String summaryHtml, String sector, Instant startsAt,
        Instant endsAt, String venue, String onlineLink, int capacity, Instant registrationOpensAt,
        Instant registrationClosesAt, EventStatus status, String seriesName, BigDecimal cpdHours, String slidesUrl,
        String notesUrl, List<String> topicSlugs, List<Speaker> speakers, List<Long> sponsorIds) {

    EventCommand withTopics(List<String> slugs) {
        return new EventCommand(title, summaryMarkdown, summaryHtml, sector, startsAt, endsAt, venue, onlineLink, capacity,
                registrationOpensAt, registrationClosesAt, status, seriesName, cpdHours, slidesUrl, notesUrl, slugs,
                speakers, sponsorIds);
    }

    EventCommand withStatus(EventStatus newStatus) {
        return new EventCommand(title, summaryMarkdown, summaryHtml, sector, startsAt, endsAt, venue, onlineLink, capacity,
                registrationOpensAt, registrationClosesAt, newStatus, seriesName, cpdHours, slidesUrl, notesUrl, topicSlugs,
                speakers, sponsorIds);
    }
}
