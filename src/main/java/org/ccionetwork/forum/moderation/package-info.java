/** Moderation of the forum: held posts and their approval, members' reports, standing and posting limits. */
package org.ccionetwork.forum.moderation;
