/** Mentoring: CCIOs offer, members ask, the platform proposes mentors by a score it explains, and pairings follow. */
package org.ccionetwork.directory.mentoring;
