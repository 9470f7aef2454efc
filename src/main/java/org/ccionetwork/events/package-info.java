/**
 * Events: the network's programme of events (topics, sector, venue or online link, capacity, speakers and
 * sponsors), registration by members with a hard capacity and an ordered waiting list that moves up by itself,
 * the emails that go with it (each confirmation carrying an iCalendar invitation), public and private calendar
 * feeds, reminders, check-in at the door, attendance figures, feedback and certificates of attendance with
 * CPD hours. Each published event has one discussion thread in peer support, kept through the forum's facade
 * ({@code forum.EventDiscussions}); the forum tells this module of the thread's first reply after the event.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "topics", "accounts", "organisations", "forum"})
package org.ccionetwork.events;
