/**
 * Accounts: signing up with a verified email address, signing in and out (with remember-me and throttling of
 * failed attempts), password reset, the member's own account page, download of their data and erasure of
 * their account, and the roles that decide what each person may do. Owns the web security configuration,
 * which applies every module's {@link org.ccionetwork.shared.AccessRules}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.ccionetwork.accounts;
