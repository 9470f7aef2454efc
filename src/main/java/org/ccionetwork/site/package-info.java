/**
 * The site as a whole: the home page, made of the panels other modules contribute ({@code shared.HomePanel}), and
 * the site-wide search, which asks every module's {@code shared.SearchSource} and shows what each found. It knows
 * no other module: they implement the interfaces in {@code shared}, and none of them depends on this one.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.ccionetwork.site;
