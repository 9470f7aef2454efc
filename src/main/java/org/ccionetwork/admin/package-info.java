/**
 * Administration: the staff dashboard, member management (roles, suspension), the audit log and the email
 * outbox. Later issues add verification queues, site settings and partners.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts"})
package org.ccionetwork.admin;
