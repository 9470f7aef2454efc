/**
 * News and resources, the network's information channel: articles written by editors in Markdown (rendered
 * safely once, on save), with topics, scheduling, revisions, members-only articles and Atom and RSS feeds, in
 * this package; the images editors upload for them ({@code images}); the network's own pages, about and
 * partners ({@code pages}); the resource library of guides, templates and slides with file uploads
 * ({@code resources}); and the weekly newsletter digest sent through the outbox ({@code newsletter}).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "topics", "accounts", "organisations", "events"})
package org.ccionetwork.news;
