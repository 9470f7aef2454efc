/**
 * The one managed list of topics (business case, standards and record keeping, mental health, ...) that
 * events, news and resources are filed under, members list among their interests, mentors offer and forum
 * categories match. {@link org.ccionetwork.topics.Topics} reads it (cached); editors keep it at
 * {@code /admin/topics}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.ccionetwork.topics;
