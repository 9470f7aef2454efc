package org.ccionetwork.events;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.ccionetwork.shared.Slugs;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Builds events for tests: {@code events.anEvent().withCapacity(2).startingIn(Duration.ofDays(5)).create()}. */
@Component
public class Events {

    private final JdbcClient jdbc;

    public Events(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Builder anEvent() {
        return new Builder();
    }

    public record Created(long id, String slug, String title) {
    }

    public final class Builder {
        private String title = "Test event " + UUID.randomUUID().toString().substring(0, 8);
        private int capacity = 10;
        private Duration startsIn = Duration.ofDays(14);
        private Duration length = Duration.ofHours(2);
        private String status = "PUBLISHED";
        private String venue = "Test Hall, 1 High Street, Leeds LS1 1AA";
        private String onlineLink = null;
        private String sector = "All sectors";

        public Builder titled(String title) {
            this.title = title;
            return this;
        }

        public Builder withCapacity(int capacity) {
            this.capacity = capacity;
            return this;
        }

        public Builder startingIn(Duration startsIn) {
            this.startsIn = startsIn;
            return this;
        }

        /** An event that started and ended in the past. */
        public Builder heldAgo(Duration ago) {
            this.startsIn = ago.negated();
            this.length = Duration.ofHours(2);
            return this;
        }

        public Builder draft() {
            this.status = "DRAFT";
            return this;
        }

        public Builder online(String link) {
            this.onlineLink = link;
            return this;
        }

        public Builder inSector(String sector) {
            this.sector = sector;
            return this;
        }

        public Created create() {
            String slug = Slugs.of(title, "event") + "-" + UUID.randomUUID().toString().substring(0, 6);
            Instant starts = Instant.now().plus(startsIn).truncatedTo(java.time.temporal.ChronoUnit.MINUTES);
            long id = jdbc.sql("""
                    insert into events.event (slug, title, summary_markdown, summary_html, sector, starts_at, ends_at, venue,
                        online_link, capacity, status, cpd_hours)
                    values (:slug, :title, 'A test event.', '<p>A test event.</p>', :sector, :starts, :ends, :venue, :link,
                        :capacity, :status, 2.5)
                    returning id""")
                    .param("slug", slug).param("title", title).param("sector", sector)
                    .param("starts", Timestamp.from(starts)).param("ends", Timestamp.from(starts.plus(length)))
                    .param("venue", venue).param("link", onlineLink).param("capacity", capacity).param("status", status)
                    .query(Long.class).single();
            return new Created(id, slug, title);
        }
    }
}
