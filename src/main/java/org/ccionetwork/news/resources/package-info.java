/** The resource library: guides, templates and slides, uploaded or linked, some for members only. */
package org.ccionetwork.news.resources;
