/**
 * Playbooks: living guides to parts of the CCIO's job, written by editors with the verified CCIOs they invite as
 * co-authors, listed by the shared topics. A playbook is sections of Markdown (rendered and sanitised on save) and
 * quotes of peer-support posts, chosen on the thread page or by a search in the editor. A quote keeps the words
 * as quoted and names its author only once they agree (never under the Chatham House rule, whose quotes show only
 * with agreement); it says when the post was edited since, and an erased author's name goes (their words too if
 * they asked). Members-only quotes never show to visitors, even in a public playbook. Members suggest threads;
 * every change is a numbered revision that can be compared with another; published playbooks are in the
 * site-wide search, the news feeds and the weekly newsletter through the interfaces in {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "topics", "accounts", "forum"})
package org.ccionetwork.playbooks;
