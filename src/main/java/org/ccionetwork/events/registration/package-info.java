/** Places at events: registering, cancelling, the waiting list, check-in at the door, feedback, CPD and certificates. */
package org.ccionetwork.events.registration;
