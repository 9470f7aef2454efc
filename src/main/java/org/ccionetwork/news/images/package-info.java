/** Images editors upload for their articles, stored in the file store and served under {@code /news/images/}. */
package org.ccionetwork.news.images;
