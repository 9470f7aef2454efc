/**
 * What every capability leans on: the page layout and its model, errors as pages or problem JSON,
 * the embedded database for laptops, the clock, the transactional email outbox, the audit log and
 * safe Markdown. Open to every module and depends on none of them.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.ccionetwork.shared;
