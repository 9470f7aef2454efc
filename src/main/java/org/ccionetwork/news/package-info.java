/**
 * News and resources, the network's information channel: articles written by editors in Markdown (rendered
 * safely once, on save), with topics, scheduling, revisions, members-only articles and Atom and RSS feeds; the
 * network's own pages (about, partners); the resource library of guides, templates and slides with file
 * uploads; and the weekly newsletter digest sent through the outbox.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts", "organisations", "events"})
package org.ccionetwork.news;
