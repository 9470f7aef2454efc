/**
 * Administration: the staff dashboard, member management (roles, suspension), the audit log and the email
 * outbox. The other staff pages under {@code /admin} belong to the module whose data they change (appointment
 * claims and partners to organisations, backers to campaign, articles, pages and resources to news, and so on
 * for events, the forum, the directory's mentoring and the topics).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts"})
package org.ccionetwork.admin;
