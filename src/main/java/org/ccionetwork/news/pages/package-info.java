/** The network's own pages, about and partners: Markdown text that editors write, and the partners by tier. */
package org.ccionetwork.news.pages;
