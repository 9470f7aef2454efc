/** Slides and notes of events: files editors add, which everyone downloads once the event is over. */
package org.ccionetwork.events.materials;
