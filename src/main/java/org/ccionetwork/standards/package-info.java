/**
 * The national standards tracker: the managed list of the standards that let clinical systems talk to each other
 * (identifiers, terminologies, record standards, APIs, safety and identity), where each NHS provider stands with
 * each of them (set by its current verified CCIOs or a moderator, with every change kept), the national picture by
 * sector, region and month, the comparison of providers with and without a CCIO, open data in JSON and CSV, and a
 * monthly reminder to CCIOs whose entries have gone stale. Provider pages and the campaign page show its panels
 * through interfaces they own, so neither depends on this module.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts", "organisations"})
package org.ccionetwork.standards;
