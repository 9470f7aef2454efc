/**
 * What every module leans on and no feature of its own: the page layout and its model (viewer, CSRF token,
 * flash message, paging, the page-or-fragment choice for htmx), errors as pages or problem JSON, the embedded
 * database for laptops, the clock, the transactional email outbox, the audit log, files, safe Markdown, and the
 * writers every module uses for slugs, CSV and Atom or RSS feeds. It also holds the interfaces through which
 * modules contribute to pages they do not own (home panels, header items, account and newsletter sections,
 * site-wide search sources), so that no module depends on the {@code site} module that shows them. Open to
 * every module and depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ccionetwork.shared;
