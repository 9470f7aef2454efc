/**
 * Organisations the network deals with: the register of NHS provider organisations (loaded from the ODS data),
 * the CCIO appointments members claim and moderators verify, the figures the campaign reports, and the partner
 * bodies and sponsors that run and support the network.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "accounts"})
package org.ccionetwork.organisations;
