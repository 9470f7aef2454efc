/**
 * The campaign for a CCIO in every NHS provider: its progress (providers with a verified CCIO, by sector,
 * region and month, with charts and the tables behind them), its backers (organisations and individuals who
 * back it, confirmed by email and, for organisations, approved by a moderator), and the same figures as open
 * data in JSON and CSV.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts", "organisations"})
package org.ccionetwork.campaign;
