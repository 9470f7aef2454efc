/**
 * The weekly newsletter: each member's choice, the digest of the week's news with other modules' sections, sent
 * through the outbox, and one-click unsubscribe.
 */
package org.ccionetwork.news.newsletter;
