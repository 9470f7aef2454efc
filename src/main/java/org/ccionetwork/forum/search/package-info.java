/** Peer-support search: full-text search over the forum, on its own page and in the site-wide search. */
package org.ccionetwork.forum.search;
