/** iCalendar for events: the invitations emailed with places, the public programme and each member's private feed. */
package org.ccionetwork.events.calendar;
