/**
 * The directory of members and what grows from it: each member's profile (profession, role, organisation,
 * interests, professional registration, links) with a visibility per group of fields, the members-only
 * directory search and profile pages, mentoring (members ask, CCIOs offer, the platform proposes matches by a
 * score it explains) and CCIO vacancies at NHS providers, with their feeds. CCIO appointments and badges come
 * from the organisations module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "topics", "accounts", "organisations"})
package org.ccionetwork.directory;
