/** Forum notifications: follows, the email setting, notifications in the site and by email, digests, unsubscribing. */
package org.ccionetwork.forum.notifications;
