/**
 * Events: the network's programme of events (topics, sector, venue or online link, capacity, speakers and
 * sponsors), registration by members with a hard capacity and an ordered waiting list that moves up by itself,
 * the emails that go with it (each confirmation carrying an iCalendar invitation), public and private calendar
 * feeds, reminders, check-in at the door, attendance figures, feedback and certificates of attendance with
 * CPD hours.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "topics", "accounts", "organisations"})
package org.ccionetwork.events;
