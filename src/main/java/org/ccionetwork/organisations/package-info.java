/**
 * Organisations the network deals with: the register of NHS provider organisations (from the ODS data), and
 * the partner bodies and sponsors that run and support the network.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package org.ccionetwork.organisations;
